package denominator.cli;

import denominator.ValidationException;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.rdata.RData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code denominator zone import ZONE --file FILE [--dry-run]}: puts the record sets of a BIND zone
 * file as one atomic change set. Sets already equal are left alone; the SOA stays the provider's.
 */
@Command(name = "import", description = "Apply the record sets of a BIND zone file, atomically.")
final class ZoneImportCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ZONE", description = "zone name or id")
  String zone;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "BIND zone file")
  Path file;

  @Option(names = "--dry-run", description = "print what would change, send nothing")
  boolean dryRun;

  @Override
  public Integer call() {
    if (!Files.isReadable(file)) {
      throw new ValidationException("cannot read zone file", file.toString(), "a readable file");
    }
    try (Session session = Session.of(spec)) {
      Zone found = session.zone(zone);
      Map<RecordSetKey, ResourceRecordSet.Builder> parsed = parse(found);
      Map<RecordSetKey, ResourceRecordSet> current = new HashMap<>();
      session.api().recordSets(found.id()).forEach(set -> current.put(set.key(), set));
      ChangeSet.Builder changes = ChangeSet.builder();
      for (var entry : parsed.entrySet()) {
        ResourceRecordSet set = entry.getValue().build();
        if (!set.equals(current.get(entry.getKey()))) {
          changes.put(set);
        }
      }
      ChangeRunner.run(session, found, changes.build(), dryRun);
    }
    return 0;
  }

  private Map<RecordSetKey, ResourceRecordSet.Builder> parse(Zone zone) {
    Map<RecordSetKey, ResourceRecordSet.Builder> sets = new LinkedHashMap<>();
    Map<RecordSetKey, Long> ttls = new HashMap<>();
    try (Master master = new Master(file.toString(), Name.fromString(zone.name()), zone.ttl())) {
      for (Record record; (record = master.nextRecord()) != null; ) {
        if (record.getType() == Type.SOA) {
          continue; // the provider owns the SOA
        }
        String name = Names.absolute(record.getName().toString());
        if (!Names.isWithin(name, zone.name())) {
          throw new ValidationException("record outside zone " + zone.name(), name,
              "names ending in " + zone.name());
        }
        String type = Type.string(record.getType());
        RecordSetKey key = RecordSetKey.of(name, type);
        long ttl = Math.min(record.getTTL(), ttls.getOrDefault(key, Long.MAX_VALUE));
        ttls.put(key, ttl);
        sets.computeIfAbsent(key, k -> ResourceRecordSet.builder().name(name).type(type))
            .add(RData.parse(type, record.rdataToString()))
            .ttl((int) ttl);
      }
    } catch (IOException e) {
      throw new ValidationException("bad zone file (" + e.getMessage() + ")", file.toString(),
          "BIND master-file syntax");
    }
    return sets;
  }
}
