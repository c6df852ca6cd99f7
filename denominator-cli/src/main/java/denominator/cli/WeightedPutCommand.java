package denominator.cli;

import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.rdata.RData;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator weighted -z ZONE put -n NAME -t TYPE -q QUALIFIER ...}: create or replace. */
final class WeightedPutCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "put", "Create or replace one weighted record set.");
  private final NameTypeOptions key = new NameTypeOptions(spec);
  private final QualifierOption qualifier = new QualifierOption(spec);
  private final ValueOptions values = new ValueOptions(spec);
  private final DryRunOption dryRun = new DryRunOption(spec);
  private String weight;

  WeightedPutCommand() {
    Options.add(
        spec,
        Options.string("-w, --weight", "WEIGHT", "relative weight of this set", v -> weight = v)
            .required(true));
  }

  @Override
  public Integer call() {
    key.qualified(qualifier.qualifier); // validate before any request
    Integer ttl = values.ttl();
    Weighted weighted = parseWeight(weight);
    try (Session session = Session.of(spec)) {
      List<RData> rdata = values.rdata(key.canonicalType(), session);
      values.checkAsOneSet(key.name, key.type, session.provider()); // before any request
      RecordSets sets = RecordSets.of(session, ZoneScope.of(spec), RecordProfile.WEIGHTED);
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
