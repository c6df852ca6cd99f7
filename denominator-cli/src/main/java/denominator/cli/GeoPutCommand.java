package denominator.cli;

import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.model.Ttl;
import denominator.model.geo.Geo;
import denominator.model.geo.Region;
import denominator.model.rdata.RData;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code denominator geo -z ZONE put -n NAME -t TYPE -q QUALIFIER ...}: create or replace. */
@Command(name = "put", description = "Create or replace one geo record set.")
final class GeoPutCommand implements Callable<Integer> {
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

  @Option(names = {"-r", "--regions"}, required = true, paramLabel = "REGION[,REGION...]",
      description = "region codes, e.g. continent:EU,US-CA,DE or *")
  String regions;

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
    Geo geo = Geo.parse(regions);
    List<RData> values = RecordSets.data(RecordTypes.normalize(type), data);
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.GEO);
      String absolute = sets.name(name);
      String canonical = sets.type(type);
      checkRegions(session, geo);
      ResourceRecordSet before = sets.api().get(absolute, canonical, qualifier).orElse(null);
      ResourceRecordSet.Builder builder = ResourceRecordSet.builder().name(absolute)
          .type(canonical).qualifier(qualifier).geo(geo).records(values);
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

  private static void checkRegions(Session session, Geo geo) {
    var metadata = session.manager().provider().metadata();
    for (Region region : geo.regions()) {
      if (!metadata.geoRegionKinds().contains(region.kind())) {
        throw new ValidationException(metadata.name() + ": unsupported region kind",
            region.code(), "regions of kinds " + metadata.geoRegionKinds());
      }
    }
  }
}
