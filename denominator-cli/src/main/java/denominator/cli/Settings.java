package denominator.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.CredentialForm;
import denominator.Credentials;
import denominator.Denominator;
import denominator.ProviderMetadata;
import denominator.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where to connect and as whom, resolved from flags, then environment variables, then the profile
 * of the config file: the first that names a value wins.
 *
 * <p>The config file is JSON: {@code {"profiles": {"default": {"provider": "mock", "url": "mem:",
 * "credentials": {"accessKey": "..."}, "insecureHttp": false}}}}. It holds secrets, so reading one
 * that other users may read or write gives a warning.
 *
 * @param insecureHttp whether an {@code http://} URL to a host that is not loopback is allowed
 * @param requestLimit the account's request limit as typed ({@code REQUESTS[/SECONDS]}), or null
 *     for the vendor's documented one
 */
record Settings(
    String provider,
    String url,
    Map<String, String> credentials,
    boolean insecureHttp,
    String requestLimit) {
  static final String DEFAULT_PROVIDER = "mock";
  static final String DEFAULT_MOCK_URL = "file:~/.denominator/mock.json";
  private static final String DEFAULT_CONFIG = "~/.denominator/config.json";
  private static final String ENV = "DENOMINATOR_";
  private static final Set<String> PROFILE_KEYS =
      Set.of("provider", "url", "credentials", "insecureHttp", "requestLimit");

  private static final Set<PosixFilePermission> READ_BY_OTHERS =
      EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
  private static final Set<PosixFilePermission> WRITTEN_BY_OTHERS =
      EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

  /** Resolves the settings; {@code warnings} gets each warning about the config file. */
  static Settings resolve(GlobalOptions flags, Map<String, String> env, Consumer<String> warnings) {
    JsonObject profile = profile(flags, env, warnings);
    String provider =
        first(
            flags.provider,
            env.get(ENV + "PROVIDER"),
            string(profile, "provider"),
            DEFAULT_PROVIDER);
    ProviderMetadata metadata = Denominator.provider(provider).metadata();
    String url =
        first(
            flags.url,
            env.get(ENV + "URL"),
            string(profile, "url"),
            provider.equals(DEFAULT_PROVIDER) ? DEFAULT_MOCK_URL : null);
    Map<String, String> credentials = new LinkedHashMap<>();
    JsonElement fromFile = profile.get("credentials");
    if (fromFile != null && !fromFile.isJsonNull()) {
      // values are secrets: messages name the parameter, never the value
      if (!fromFile.isJsonObject()) {
        throw new ValidationException(
            "config file: not an object",
            "credentials",
            "\"credentials\": {\"PARAMETER\": \"VALUE\", ...}");
      }
      fromFile
          .getAsJsonObject()
          .entrySet()
          .forEach(
              e -> {
                if (!e.getValue().isJsonPrimitive()
                    || !e.getValue().getAsJsonPrimitive().isString()) {
                  throw new ValidationException(
                      "config file: credential is not a string",
                      e.getKey(),
                      "\"" + e.getKey() + "\": \"VALUE\"");
                }
                credentials.put(e.getKey(), e.getValue().getAsString());
              });
    }
    for (CredentialForm form : metadata.credentialForms()) {
      for (String parameter : form.parameters()) {
        String value = env.get(ENV + upperSnake(parameter));
        if (value != null) {
          credentials.put(parameter, value);
        }
      }
    }
    credentials.putAll(flags.credentials);
    boolean insecureHttp =
        Boolean.parseBoolean(
            first(
                flags.insecureHttp ? "true" : null,
                env.get(ENV + "INSECURE_HTTP"),
                flag(profile, "insecureHttp"),
                "false"));
    String requestLimit =
        first(
            flags.requestLimit,
            env.get(ENV + "REQUEST_LIMIT"),
            string(profile, "requestLimit"),
            null);
    return new Settings(provider, url, credentials, insecureHttp, requestLimit);
  }

  /**
   * Throws, naming the flag and the environment variable, when the credentials resolved fit no form
   * the provider takes because some are missing: the operator's words, not the library's.
   */
  void checkCredentials(ProviderMetadata metadata) {
    try {
      Credentials.of(credentials).resolve(metadata);
    } catch (ValidationException noForm) {
      CredentialForm closest =
          metadata.credentialForms().stream()
              .max(
                  Comparator.comparingLong(
                      form -> form.parameters().stream().filter(credentials::containsKey).count()))
              .orElseThrow(() -> noForm);
      List<String> missing =
          closest.parameters().stream().filter(p -> !credentials.containsKey(p)).toList();
      if (missing.isEmpty()) {
        throw noForm;
      }
      throw new ValidationException(
          metadata.name() + ": missing credential " + String.join(", ", missing),
          credentials.isEmpty()
              ? "none given"
              : "given: " + String.join(", ", credentials.keySet()),
          missing.stream()
              .map(p -> "-c " + p + "=... or " + ENV + upperSnake(p))
              .collect(Collectors.joining("; ")));
    }
  }

  /** {@code secretKey} becomes {@code SECRET_KEY}. */
  static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('-', '_').toUpperCase();
  }

  private static JsonObject profile(
      GlobalOptions flags, Map<String, String> env, Consumer<String> warnings) {
    String named = first(flags.profile, env.get(ENV + "PROFILE"), null, null);
    Path file =
        Path.of(expandHome(first(flags.config, env.get(ENV + "CONFIG"), null, DEFAULT_CONFIG)));
    if (!Files.exists(file)) {
      if (named != null) {
        throw new ValidationException(
            "no config file for profile " + named,
            file.toString(),
            "a JSON file with {\"profiles\": {\"" + named + "\": {...}}}");
      }
      return new JsonObject();
    }
    warnIfShared(file, warnings);
    JsonObject profiles = profiles(file);
    String name = named != null ? named : "default";
    JsonElement chosen = profiles.get(name);
    if (chosen == null) {
      if (named == null) {
        return new JsonObject();
      }
      throw new ValidationException(
          "unknown profile", named, "one of " + profiles.keySet() + " in " + file);
    }
    if (!chosen.isJsonObject()) {
      throw new ValidationException(
          "profile " + name + " is not an object in " + file,
          chosen.toString(),
          "{\"provider\": ..., \"url\": ..., \"credentials\": {...}}");
    }
    refuseUnknownKeys(chosen.getAsJsonObject(), "profile " + name + " of " + file, PROFILE_KEYS);
    return chosen.getAsJsonObject();
  }

  private static JsonObject profiles(Path file) {
    try {
      JsonElement root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
      JsonElement profiles = root.isJsonObject() ? root.getAsJsonObject().get("profiles") : null;
      if (profiles == null || !profiles.isJsonObject()) {
        throw new ValidationException(
            "config file without profiles",
            file.toString(),
            "{\"profiles\": {\"NAME\": {\"provider\": ..., \"url\": ..., \"credentials\": {...}}}}");
      }
      refuseUnknownKeys(root.getAsJsonObject(), file.toString(), Set.of("profiles"));
      return profiles.getAsJsonObject();
    } catch (IOException | RuntimeException e) {
      if (e instanceof ValidationException v) {
        throw v;
      }
      Matcher where = Pattern.compile("(.*) at line (\\d+) column (\\d+)").matcher(cause(e));
      if (where.find()) {
        throw new ValidationException(
            "config file is not valid JSON at line "
                + where.group(2)
                + ", column "
                + where.group(3)
                + " ("
                + where.group(1).strip().toLowerCase()
                + ")",
            file.toString(),
            "a JSON object with profiles");
      }
      throw new ValidationException(
          "unreadable config file (" + cause(e) + ")",
          file.toString(),
          "a JSON object with profiles");
    }
  }

  /**
   * A key the CLI does not read is a typo ({@code "provdier"}) that would otherwise run the command
   * against the default provider: an error naming it.
   */
  private static void refuseUnknownKeys(JsonObject object, String where, Set<String> known) {
    for (String key : object.keySet()) {
      if (!known.contains(key)) {
        throw new ValidationException(
            "config file: unknown key in " + where, key, "one of " + new TreeSet<>(known));
      }
    }
  }

  /** Warns if group or others may read or write {@code file}; says nothing off POSIX. */
  private static void warnIfShared(Path file, Consumer<String> warnings) {
    if (!Files.isRegularFile(file)) {
      return; // reading it fails next, with its own message
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException | IOException notPosix) {
      return;
    }
    boolean read = !Collections.disjoint(permissions, READ_BY_OTHERS);
    boolean written = !Collections.disjoint(permissions, WRITTEN_BY_OTHERS);
    if (read || written) {
      warnings.accept(
          file
              + " is "
              + (read && written ? "readable and writable" : read ? "readable" : "writable")
              + " by other users ("
              + PosixFilePermissions.toString(permissions)
              + "); run chmod 600 "
              + file);
    }
  }

  static String expandHome(String path) {
    return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
  }

  /** The innermost message, without exception class names or Gson's troubleshooting link. */
  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "unreadable" : root.getMessage();
    int link = message.indexOf("See https://");
    return (link < 0 ? message : message.substring(0, link)).strip();
  }

  private static String string(JsonObject object, String field) {
    JsonElement value = object.get(field);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new ValidationException(
          "config file: " + field + " is not a string",
          value.toString(),
          "\"" + field + "\": \"...\"");
    }
    return value.getAsString();
  }

  /** A true or false field, as text; null when absent. */
  private static String flag(JsonObject object, String field) {
    JsonElement value = object.get(field);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
      throw new ValidationException(
          "config file: " + field + " is not true or false",
          value.toString(),
          "\"" + field + "\": true");
    }
    return value.getAsString();
  }

  private static String first(String a, String b, String c, String d) {
    return a != null ? a : b != null ? b : c != null ? c : d;
  }
}
