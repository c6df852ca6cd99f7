package denominator.cli;

import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.model.Ttl;
import denominator.WeightedResourceRecordSetApi;
import denominator.model.Weighted;
import denominator.model.rdata.RData;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code denominator weighted -z ZONE put -n NAME -t TYPE -q QUALIFIER ...}: create or replace. */
@Command(name = "put", description = "Create or replace one weighted record set.")
final class WeightedPutCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;

  @Option(names = {"-n", "--name"}, required = true, paramLabel = "NAME", description = "owner name")
  String name;

  @Option(names = {"-t", "--type"}, required = true, paramLabel = "TYPE", description = "record type")
  String type;

  @Option(names = {"-q", "--qualifier"}, required = true, paramLabel = "QUALIFIER",
      description = "which set of the name and type, e.g. europe")
  String qualifier;

  @Option(names = {"-w", "--weight"}, required = true, paramLabel = "WEIGHT",
      description = "relative weight of this set")
  String weight;

  @Option(names = "--ttl", paramLabel = "TTL", description = "TTL in seconds")
  String ttl;

  @Option(names = {"-d", "--data"}, required = true, paramLabel = "DATA",
      description = "a value in zone-file form (repeatable)")
  List<String> data;

  @Option(names = "--dry-run", description = "print what would change, send nothing")
  boolean dryRun;

  @Override
  public Integer call() {
    Names.absolute(name); // validate before any request
    Integer newTtl = ttl == null ? null : Ttl.parse(ttl);
    Weighted weighted = parseWeight(weight);
    List<RData> values = RecordSets.data(RecordTypes.normalize(type), data);
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.WEIGHTED);
      String absolute = sets.name(name);
      String canonical = sets.type(type);
      var range = ((WeightedResourceRecordSetApi) sets.api()).supportedWeights();
      if (!range.contains(weighted.weight())) {
        throw new ValidationException("weight out of range", weight, range.toString());
      }
      ResourceRecordSet before = sets.api().get(absolute, canonical, qualifier).orElse(null);
      ResourceRecordSet.Builder builder = ResourceRecordSet.builder().name(absolute)
          .type(canonical).qualifier(qualifier).weighted(weighted).records(values);
      if (newTtl != null) {
        builder.ttl(newTtl);
      } else if (before != null && before.ttl().isPresent()) {
        builder.ttl(before.ttl().getAsInt());
      }
      ResourceRecordSet after = builder.build();
      ChangeSet changes = after.equals(before) ? ChangeSet.empty()
          : ChangeSet.builder().put(after).build();
      ChangeRunner.run(session, sets.zone(), changes, dryRun);
    }
    return 0;
  }

  private static Weighted parseWeight(String text) {
    try {
      return new Weighted(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      throw new ValidationException("bad weight", text, "a whole number >= 0");
    }
  }
}
