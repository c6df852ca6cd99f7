package denominator.cli;

import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
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
  @Mixin NameTypeOptions key;
  @Mixin QualifierOption qualifier;
  @Mixin ValueOptions values;
  @Mixin DryRunOption dryRun;

  @Option(
      names = {"-w", "--weight"},
      required = true,
      paramLabel = "WEIGHT",
      description = "relative weight of this set")
  String weight;

  @Override
  public Integer call() {
    key.qualified(qualifier.qualifier); // validate before any request
    Integer ttl = values.ttl();
    Weighted weighted = parseWeight(weight);
    try (Session session = Session.of(spec)) {
      List<RData> rdata = values.rdata(key.canonicalType(), session);
      values.checkAsOneSet(key.name, key.type, session.provider()); // before any request
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.WEIGHTED);
      String canonical = sets.type(key.type); // the provider's metadata: no request
      var range = sets.weights();
      if (!range.contains(weighted.weight())) {
        throw new ValidationException("weight out of range", weight, range.toString());
      }
      String absolute = sets.name(key.name);
      String q = qualifier.qualifier;
      ResourceRecordSet before = sets.api().get(absolute, canonical, q).orElse(null);
      ResourceRecordSet.Builder after =
          ResourceRecordSet.builder()
              .name(absolute)
              .type(canonical)
              .qualifier(q)
              .weighted(weighted)
              .records(rdata);
      ChangeRunner.run(
          session,
          sets.zone(),
          RecordSets.put(before, after, ttl),
          dryRun.enabled,
          before == null ? List.of() : List.of(before));
      if (before == null && ttl == null) {
        RecordSets.warnWithoutTtl(session);
      }
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
