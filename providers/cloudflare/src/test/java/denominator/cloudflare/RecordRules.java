package denominator.cloudflare;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of each record type as the simulated Cloudflare checks and shows them (wire page,
 * sections 6 and 7): simple types carry {@code content}, structured types {@code data} (parsed from
 * {@code content} for CAA, SRV, DS, SSHFP and TLSA when no {@code data} is sent), MX and URI a
 * top-level {@code priority}; every answer has {@code content} in presentation form. Each refusal
 * names the field and the bad value.
 */
final class RecordRules {
  static final Set<String> TYPES =
      Set.of(
          "A",
          "AAAA",
          "CAA",
          "CERT",
          "CNAME",
          "DNSKEY",
          "DS",
          "HTTPS",
          "LOC",
          "MX",
          "NAPTR",
          "NS",
          "OPENPGPKEY",
          "PTR",
          "SMIMEA",
          "SRV",
          "SSHFP",
          "SVCB",
          "TLSA",
          "TXT",
          "URI");
  static final Set<String> PROXIABLE = Set.of("A", "AAAA", "CNAME");
  static final Set<String> STRUCTURED =
      Set.of(
          "CAA", "CERT", "DNSKEY", "DS", "HTTPS", "LOC", "NAPTR", "SMIMEA", "SRV", "SSHFP", "SVCB",
          "TLSA", "URI");
  private static final Set<String> PARSED_FROM_CONTENT =
      Set.of("CAA", "SRV", "DS", "SSHFP", "TLSA");
  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/ ]+={0,2}");
  private static final Pattern CAA = Pattern.compile("(\\d+)\\s+([A-Za-z0-9]+)\\s+\"?(.*?)\"?");

  /**
   * A record's values after the checks.
   *
   * @param content presentation form, as every answer shows it
   * @param data the structured fields, or null for a simple type
   * @param priority the top-level priority (MX, URI, SRV), or null
   */
  record Values(String content, JsonObject data, Integer priority) {}

  private RecordRules() {}

  /**
   * Checks one record's values of {@code type} and gives them in the form stored: {@code content}
   * and {@code data} as sent (either may be null), {@code priority} the top-level one.
   */
  static Values values(String type, String content, JsonObject data, JsonElement priority) {
    if (STRUCTURED.contains(type) && data == null) {
      if (content == null || !PARSED_FROM_CONTENT.contains(type)) {
        throw CloudflareRefusal.invalid("data is required for " + type + " records");
      }
      data = parse(type, content, priority);
    }
    if (!STRUCTURED.contains(type) && content == null) {
      throw CloudflareRefusal.invalid("content is required for " + type + " records");
    }
    return switch (type) {
      case "A" -> new Values(ipv4(content), null, null);
      case "AAAA" -> new Values(Ipv6.canonical(content), null, null);
      case "CNAME", "NS", "PTR" -> new Values(domain("content", content), null, null);
      case "MX" ->
          new Values(domain("content", content), null, number("priority", priority, 65535));
      case "TXT" -> new Values(TxtContent.normalise(content), null, null);
      case "OPENPGPKEY" -> new Values(base64("content", content), null, null);
      default -> structured(type, data, priority);
    };
  }

  private static Values structured(String type, JsonObject in, JsonElement priority) {
    JsonObject data = new JsonObject();
    String content =
        switch (type) {
          case "CAA" -> {
            int flags = put(data, "flags", in, 255);
            String tag = text(in, "tag");
            if (!tag.matches("[A-Za-z0-9]+")) {
              throw CloudflareRefusal.invalid("data.tag \"" + tag + "\" is not a CAA tag");
            }
            data.addProperty("tag", tag);
            data.addProperty("value", text(in, "value"));
            yield flags + " " + tag + " \"" + text(in, "value") + "\"";
          }
          case "CERT" ->
              put(data, "type", in, 65535)
                  + " "
                  + put(data, "key_tag", in, 65535)
                  + " "
                  + put(data, "algorithm", in, 255)
                  + " "
                  + putBase64(data, "certificate", in);
          case "DNSKEY" ->
              put(data, "flags", in, 65535)
                  + " "
                  + put(data, "protocol", in, 255)
                  + " "
                  + put(data, "algorithm", in, 255)
                  + " "
                  + putBase64(data, "public_key", in);
          case "DS" ->
              put(data, "key_tag", in, 65535)
                  + " "
                  + put(data, "algorithm", in, 255)
                  + " "
                  + put(data, "digest_type", in, 255)
                  + " "
                  + putHex(data, "digest", in);
          case "HTTPS", "SVCB" -> {
            int svcPriority = put(data, "priority", in, 65535);
            String target = domain("data.target", text(in, "target"));
            data.addProperty("target", target);
            String value = in.has("value") ? text(in, "value") : "";
            data.addProperty("value", value);
            yield (svcPriority + " " + target + " " + value).trim();
          }
          case "LOC" -> Loc.content(in, data);
          case "NAPTR" -> {
            int order = put(data, "order", in, 65535);
            int preference = put(data, "preference", in, 65535);
            String flags = text(in, "flags");
            String service = text(in, "service");
            String regex = in.has("regex") ? text(in, "regex") : "";
            String replacement = domain("data.replacement", text(in, "replacement"));
            data.addProperty("flags", flags);
            data.addProperty("service", service);
            data.addProperty("regex", regex);
            data.addProperty("replacement", replacement);
            yield order
                + " "
                + preference
                + " \""
                + flags
                + "\" \""
                + service
                + "\" \""
                + regex
                + "\" "
                + replacement;
          }
          case "SMIMEA", "TLSA" ->
              put(data, "usage", in, 255)
                  + " "
                  + put(data, "selector", in, 255)
                  + " "
                  + put(data, "matching_type", in, 255)
                  + " "
                  + putHex(data, "certificate", in);
          case "SRV" -> {
            put(data, "priority", in, 65535);
            int weight = put(data, "weight", in, 65535);
            int port = put(data, "port", in, 65535);
            String target = domain("data.target", text(in, "target"));
            data.addProperty("target", target);
            yield weight + " " + port + " " + target;
          }
          case "SSHFP" ->
              put(data, "algorithm", in, 255)
                  + " "
                  + put(data, "type", in, 255)
                  + " "
                  + putHex(data, "fingerprint", in);
          case "URI" -> {
            int weight = put(data, "weight", in, 65535);
            String target = text(in, "target");
            if (target.isEmpty()) {
              throw CloudflareRefusal.invalid("data.target of a URI record is empty");
            }
            data.addProperty("target", target);
            yield weight + " \"" + target + "\"";
          }
          default -> throw CloudflareRefusal.invalid("unsupported record type: " + type);
        };
    Integer top =
        switch (type) {
          case "URI" -> number("priority", priority, 65535);
          case "SRV" -> data.get("priority").getAsInt();
          default -> null;
        };
    return new Values(content, data, top);
  }

  /** The {@code data} of a type whose content Cloudflare also parses (wire page, section 6). */
  private static JsonObject parse(String type, String content, JsonElement priority) {
    String[] fields = content.trim().split("\\s+");
    JsonObject data = new JsonObject();
    switch (type) {
      case "CAA" -> {
        Matcher caa = CAA.matcher(content.trim());
        if (!caa.matches()) {
          throw CloudflareRefusal.invalid("content \"" + content + "\" is not CAA content");
        }
        data.addProperty("flags", caa.group(1));
        data.addProperty("tag", caa.group(2));
        data.addProperty("value", caa.group(3));
      }
      case "SRV" -> {
        if (fields.length == 3 && priority != null) {
          fields = new String[] {priority.getAsString(), fields[0], fields[1], fields[2]};
        }
        fill(data, content, fields, "priority", "weight", "port", "target");
      }
      case "DS" -> fill(data, content, fields, "key_tag", "algorithm", "digest_type", "digest");
      case "SSHFP" -> fill(data, content, fields, "algorithm", "type", "fingerprint");
      default -> fill(data, content, fields, "usage", "selector", "matching_type", "certificate");
    }
    return data;
  }

  private static void fill(JsonObject data, String content, String[] fields, String... names) {
    if (fields.length != names.length) {
      throw CloudflareRefusal.invalid(
          "content \"" + content + "\" has " + fields.length + " fields, expected " + names.length);
    }
    for (int i = 0; i < names.length; i++) {
      data.addProperty(names[i], fields[i]);
    }
  }

  private static String ipv4(String content) {
    if (!IPV4.matcher(content).matches()) {
      throw CloudflareRefusal.invalid("content \"" + content + "\" is not a valid IPv4 address");
    }
    return content;
  }

  /** A domain name field: stored without its trailing dot; {@code "."} stays. */
  static String domain(String field, String value) {
    String name = Names.withoutDot(value);
    if (!name.equals(".") && !Names.isDomain(name)) {
      throw CloudflareRefusal.invalid(field + " \"" + value + "\" is not a valid hostname");
    }
    return name;
  }

  private static String base64(String field, String value) {
    if (!BASE64.matcher(value).matches()) {
      throw CloudflareRefusal.invalid(field + " \"" + value + "\" is not base64");
    }
    return value;
  }

  private static String putBase64(JsonObject data, String field, JsonObject in) {
    String value = base64("data." + field, text(in, field));
    data.addProperty(field, value);
    return value;
  }

  private static String putHex(JsonObject data, String field, JsonObject in) {
    String value = text(in, field);
    if (!HEX.matcher(value).matches()) {
      throw CloudflareRefusal.invalid("data." + field + " \"" + value + "\" is not hexadecimal");
    }
    data.addProperty(field, value);
    return value;
  }

  /** Puts integer field {@code field} of {@code in}, checked to 0..max, into {@code data}. */
  private static int put(JsonObject data, String field, JsonObject in, int max) {
    int value = number("data." + field, in.get(field), max);
    data.addProperty(field, value);
    return value;
  }

  /** An integer in 0..max, sent as a JSON number or a decimal string. */
  static int number(String field, JsonElement value, long max) {
    BigDecimal number = decimal(field, value);
    if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0
        || number.signum() < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw CloudflareRefusal.invalid(field + " " + value + " is out of range 0.." + max);
    }
    return number.intValueExact();
  }

  /** A number, sent as a JSON number or a decimal string. */
  static BigDecimal decimal(String field, JsonElement value) {
    if (value == null || value.isJsonNull()) {
      throw CloudflareRefusal.invalid(field + " is required");
    }
    try {
      if (value instanceof JsonPrimitive primitive
          && (primitive.isNumber() || primitive.isString())) {
        return new BigDecimal(primitive.getAsString().trim());
      }
    } catch (NumberFormatException e) {
      // refused below, naming the value
    }
    throw CloudflareRefusal.invalid(field + " " + value + " is not a number");
  }

  static String text(JsonObject in, String field) {
    JsonElement value = in.get(field);
    if (value == null || value.isJsonNull()) {
      throw CloudflareRefusal.invalid("data." + field + " is required");
    }
    if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
      throw CloudflareRefusal.invalid("data." + field + " " + value + " is not a string");
    }
    return value.getAsString();
  }

  static String upper(String type) {
    return type.toUpperCase(Locale.ROOT);
  }
}
