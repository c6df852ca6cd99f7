package denominator.cli;

import denominator.Provider;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import java.util.List;
import picocli.CommandLine.Option;

/** The required, repeatable {@code -d DATA} values of a record set, as a picocli mixin. */
class DataOption {
  @Option(names = {"-d", "--data"}, required = true, paramLabel = "DATA",
      description = "a value in zone-file form, e.g. 192.0.2.1 or \"10 mail.example.com.\", or in the provider's own form, e.g. \"alias ZONEID target.example.net.\" at route53 (repeatable)")
  List<String> data;

  /**
   * The values parsed as rdata of {@code type}: in the provider's own form where it has one (a
   * Route53 alias), else in zone-file form; a validation error for the first bad one.
   */
  List<RData> rdata(String type, Provider provider) {
    return data.stream().map(value -> provider.parseData(type, value).<RData>map(own -> own)
        .orElseGet(() -> RData.parse(type, value))).toList();
  }

  /**
   * Checks the values (each once) as the records of one set of that name and type, as the model
   * checks a set: a CNAME set holds one record. Commands call this before any request.
   */
  void checkAsOneSet(String name, String type, Provider provider) {
    ResourceRecordSet.builder().name(name).type(type)
        .records(rdata(type, provider).stream().distinct().toList()).build();
  }
}
