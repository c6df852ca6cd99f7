package denominator.cli;

import denominator.Provider;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import denominator.model.rdata.SPFData;
import denominator.model.rdata.TXTData;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The required, repeatable {@code -d DATA} values of a record set.
 *
 * <p>A TXT or SPF value typed without double quotes is one piece of text, taken as typed: spaces
 * and {@code ;} are data (a shell argument is not a zone-file line, where {@code ;} starts a
 * comment and spaces separate strings), and text longer than 255 bytes is cut into as many
 * character-strings as it needs, which resolvers join back. A value with double quotes keeps its
 * zone-file meaning: {@code "a" "b"} is two strings.
 */
class DataOption {
  List<String> data;

  DataOption(CommandSpec spec) {
    Options.add(
        spec,
        Options.list(
                String.class,
                "-d, --data",
                "DATA",
                "a value in zone-file form, e.g. 192.0.2.1 or \"10 mail.example.com.\"; TXT and SPF"
                    + " text without double quotes is one value, spaces and ; included, cut into"
                    + " 255-byte strings when longer; or in the provider's own form, e.g. \"alias"
                    + " ZONEID target.example.net.\" at route53 (repeatable)",
                v -> data = v)
            .required(true));
  }

  /** The values as rdata of {@code type}, saying on stderr which text was cut into strings. */
  List<RData> rdata(String type, Session session) {
    List<RData> parsed = parse(type, session.provider());
    for (RData record : parsed) {
      List<String> strings =
          record instanceof TXTData txt
              ? txt.strings()
              : record instanceof SPFData spf ? spf.strings() : List.of();
      if (strings.size() > 1 && data.stream().noneMatch(v -> v.contains("\""))) {
        session.note(
            type
                + " text cut into "
                + strings.size()
                + " strings of at most 255 bytes, which resolvers join: "
                + record);
      }
    }
    return parsed;
  }

  /**
   * The values parsed as rdata of {@code type}: in the provider's own form where it has one (a
   * Route53 alias), else as typed text for TXT and SPF without quotes, else in zone-file form; a
   * validation error for the first bad one. Sends nothing.
   */
  List<RData> parse(String type, Provider provider) {
    return data.stream()
        .map(
            value ->
                provider
                    .parseData(type, value)
                    .<RData>map(own -> own)
                    .orElseGet(() -> parse(type, value)))
        .toList();
  }

  private static RData parse(String type, String value) {
    if (!value.contains("\"")) {
      switch (type) {
        case "TXT":
          return TXTData.ofText(value);
        case "SPF":
          return SPFData.ofText(value);
        default:
          break;
      }
    }
    return RData.parse(type, value);
  }

  /**
   * Checks the values (each once) as the records of one set of that name and type, as the model
   * checks a set: a CNAME set holds one record. Commands call this before any request.
   */
  void checkAsOneSet(String name, String type, Provider provider) {
    ResourceRecordSet.builder()
        .name(name)
        .type(type)
        .records(parse(RecordTypes.normalize(type), provider).stream().distinct().toList())
        .build();
  }
}
