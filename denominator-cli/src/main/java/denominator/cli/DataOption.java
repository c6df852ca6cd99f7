package denominator.cli;

import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import java.util.List;
import picocli.CommandLine.Option;

/** The required, repeatable {@code -d DATA} values of a record set, as a picocli mixin. */
class DataOption {
  @Option(names = {"-d", "--data"}, required = true, paramLabel = "DATA",
      description = "a value in zone-file form, e.g. 192.0.2.1 or \"10 mail.example.com.\" (repeatable)")
  List<String> data;

  /** The values parsed as rdata of {@code type}; a validation error for the first bad one. */
  List<RData> rdata(String type) {
    return data.stream().map(value -> RData.parse(type, value)).toList();
  }

  /**
   * Checks the values (each once) as the records of one set of that name and type, as the model
   * checks a set: a CNAME set holds one record. Commands call this before any request.
   */
  void checkAsOneSet(String name, String type) {
    ResourceRecordSet.builder().name(name).type(type)
        .records(rdata(type).stream().distinct().toList()).build();
  }
}
