package denominator.cli;

import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import denominator.model.geo.Region;
import denominator.model.rdata.RData;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator geo -z ZONE put -n NAME -t TYPE -q QUALIFIER ...}: create or replace. */
final class GeoPutCommand implements Callable<Integer> {
  final CommandSpec spec = Options.command(this, "put", "Create or replace one geo record set.");
  private final NameTypeOptions key = new NameTypeOptions(spec);
  private final QualifierOption qualifier = new QualifierOption(spec);
  private final ValueOptions values = new ValueOptions(spec);
  private final DryRunOption dryRun = new DryRunOption(spec);
  private String regions;

  GeoPutCommand() {
    Options.add(
        spec,
        Options.string(
                "-r, --regions",
                "REGION[,REGION...]",
                "region codes, e.g. continent:EU,US-CA,DE or *",
                v -> regions = v)
            .completionCandidates(Candidates.REGION_CODES)
            .required(true));
  }

  @Override
  public Integer call() {
    key.qualified(qualifier.qualifier); // validate before any request
    Integer ttl = values.ttl();
    Geo geo = Geo.parse(regions);
    try (Session session = Session.of(spec)) {
      List<RData> rdata = values.rdata(key.canonicalType(), session);
      values.checkAsOneSet(key.name, key.type, session.provider()); // before any request
      RecordSets sets = RecordSets.of(session, ZoneScope.of(spec), RecordProfile.GEO);
      String canonical = sets.type(key.type); // the provider's metadata: no request
      checkRegions(session, sets, geo);
      String absolute = sets.name(key.name);
      String q = qualifier.qualifier;
      ResourceRecordSet before = sets.api().get(absolute, canonical, q).orElse(null);
      ResourceRecordSet.Builder after =
          ResourceRecordSet.builder()
              .name(absolute)
              .type(canonical)
              .qualifier(q)
              .geo(geo)
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

  private static void checkRegions(Session session, RecordSets sets, Geo geo) {
    var metadata = session.manager().provider().metadata();
    var supported = sets.regions();
    for (Region region : geo.regions()) {
      if (!metadata.geoRegionKinds().contains(region.kind())) {
        throw new ValidationException(
            metadata.name() + ": unsupported region kind",
            region.code(),
            "regions of kinds " + metadata.geoRegionKinds());
      }
      if (!supported.contains(region)) {
        throw new ValidationException(
            metadata.name() + ": region not supported",
            region.code(),
            "a region the provider can express (see geo regions)");
      }
    }
  }
}
