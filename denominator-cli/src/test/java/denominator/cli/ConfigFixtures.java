package denominator.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Bad config files (and one good zone file) that the CLI cases of {@code bad-inputs.tsv} name as
 * {@code $DIR/NAME}.
 */
final class ConfigFixtures {
  private static final String R53 = "\"provider\": \"route53\", \"url\": \"http://127.0.0.1:1/\"";
  static final Map<String, String> FILES =
      Map.ofEntries(
          Map.entry("not-json.json", "{not json"),
          Map.entry("truncated.json", "{\"profiles\": {\"default\": {\"provider\": \"mock\""),
          Map.entry("empty.json", ""),
          Map.entry("array.json", "[]"),
          Map.entry("string.json", "\"profiles\""),
          Map.entry("no-profiles.json", "{\"provider\": \"route53\"}"),
          Map.entry("profiles-array.json", "{\"profiles\": [\"default\"]}"),
          Map.entry("profiles-string.json", "{\"profiles\": \"default\"}"),
          Map.entry("profile-string.json", "{\"profiles\": {\"default\": \"route53\"}}"),
          Map.entry("profile-array.json", "{\"profiles\": {\"default\": [\"route53\"]}}"),
          Map.entry(
              "credentials-array.json",
              "{\"profiles\": {\"default\": {" + R53 + ", \"credentials\": [\"AKID\", \"S\"]}}}"),
          Map.entry(
              "credentials-string.json",
              "{\"profiles\": {\"default\": {" + R53 + ", \"credentials\": \"AKID:S\"}}}"),
          Map.entry(
              "credential-object.json",
              "{\"profiles\": {\"default\": {"
                  + R53
                  + ", \"credentials\": {\"accessKey\": {\"id\": \"AKID\"}, \"secretKey\": \"S\"}}}}"),
          Map.entry(
              "provider-object.json",
              "{\"profiles\": {\"default\": {\"provider\": {\"name\": \"route53\"}}}}"),
          Map.entry(
              "provider-unknown.json",
              "{\"profiles\": {\"default\": {\"provider\": \"nosuchdns\"}}}"),
          Map.entry(
              "url-bad.json",
              "{\"profiles\": {\"default\": {\"provider\": \"route53\","
                  + " \"url\": \"route53.example\", \"credentials\": {\"accessKey\": \"A\","
                  + " \"secretKey\": \"S\"}}}}"),
          Map.entry(
              "credential-extra.json",
              "{\"profiles\": {\"default\": {"
                  + R53
                  + ", \"credentials\": {\"accessKey\": \"A\", \"secretKey\": \"S\", \"apiKey\": \"K\"}}}}"),
          Map.entry("ok.zone", "www 300 IN A 192.0.2.1\n"),
          Map.entry(
              "two-profiles.json",
              "{\"profiles\": {\"one\": {\"provider\": \"mock\"},"
                  + " \"two\": {\"provider\": \"mock\"}}}"));

  static void write(Path dir) throws IOException {
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }
    Files.createDirectories(dir.resolve("a-directory.json"));
  }

  private ConfigFixtures() {}
}
