package denominator.ns1;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.kit.BatchLimit;
import denominator.kit.BatchWriter;
import denominator.kit.Capabilities;
import denominator.kit.NameType;
import denominator.kit.SoaMailbox;
import denominator.kit.ZoneSlice;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import denominator.model.rdata.SOAData;
import denominator.ns1.Ns1Json.RecordJson;
import denominator.ns1.Ns1Json.Summary;
import denominator.ns1.Ns1Json.ZoneFields;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The NS1 side of the kit's change engine, for one zone and one apply. NS1 has no transaction over
 * several records, and one record holds all sets of a name and type, so each batch is one name and
 * type, written whole in one request: {@code PUT} when NS1 holds no record, {@code POST} when it
 * does, {@code DELETE} when its last set goes. The engine makes ATOMIC hold across requests by
 * writing back what it read.
 */
final class Ns1Writer implements BatchWriter {
  /** Up to this many names and types, a read asks for each record; past it, it reads the zone. */
  static final int READ_ONE_BY_ONE = 5;

  private final Ns1Endpoints endpoints;
  private final String zone;
  private final Clock clock;

  /** The records as NS1 holds them, as last read or written, by name and type. */
  private final Map<NameType, RecordJson> held = new HashMap<>();

  Ns1Writer(Ns1Endpoints endpoints, String zone, Clock clock) {
    this.endpoints = endpoints;
    this.zone = zone;
    this.clock = clock;
  }

  /**
   * Refuses a type, region, weight or value NS1 cannot hold (a TXT of several strings), before any
   * request.
   */
  @Override
  public void check(Change change) {
    if (change instanceof Change.Put put) {
      ResourceRecordSet set = put.recordSet();
      if (set.providerData().containsKey(ResourceRecordSet.ROUTING)) {
        throw new UnsupportedCapabilityException(
            Ns1Provider.NAME,
            "provider routing: "
                + set.key()
                + " (expected a plain, geo or weighted set; "
                + set.providerData().get(ResourceRecordSet.ROUTING)
                + " is the other tool's to change)");
      }
      Capabilities.check(Ns1Provider.METADATA, set);
      if (!set.type().equals("SOA")) {
        set.records().forEach(Ns1Records::answer);
      }
      for (Region region : set.geo().map(g -> g.regions()).orElse(Set.of())) {
        if (!Ns1Provider.expresses(region)) {
          throw new ValidationException(
              Ns1Provider.NAME + ": region NS1 cannot express in " + set.key(),
              region.code(),
              "*, a continent with countries, a country, or a subdivision of one");
        }
      }
    }
  }

  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    List<RecordJson> records = new ArrayList<>();
    List<ResourceRecordSet> sets = new ArrayList<>();
    if (namesAndTypes.stream().anyMatch(t -> t.type().equals("SOA"))) {
      Ns1Records.soa(endpoints.zone(zone, false)).ifPresent(sets::add);
    }
    if (namesAndTypes.size() <= READ_ONE_BY_ONE) {
      namesAndTypes.stream()
          .filter(t -> !t.type().equals("SOA"))
          .forEach(t -> endpoints.record(zone, t.name(), t.type()).ifPresent(records::add));
    } else {
      for (Summary summary : endpoints.zone(zone, true).records()) {
        NameType target = new NameType(Names.absolute(summary.domain()), summary.type());
        if (!namesAndTypes.contains(target)) {
          continue;
        }
        if (summary.tier() != null && summary.tier() > 1) {
          endpoints.record(zone, target.name(), target.type()).ifPresent(records::add);
        } else {
          records.add(Ns1Records.plainRecord(summary));
        }
      }
    }
    namesAndTypes.forEach(held::remove);
    for (RecordJson record : records) {
      held.put(new NameType(Names.absolute(record.domain()), record.type()), record);
      sets.addAll(Ns1Steering.sets(record));
    }
    return ZoneSlice.of(namesAndTypes, sets);
  }

  /** Every write replaces a whole record, so it needs what the record holds. */
  @Override
  public boolean needsBefore(Change change) {
    return true;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public List<BatchLimit> limits() {
    return List.of(BatchLimit.targets(1));
  }

  @Override
  public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
    NameType target = NameType.of(batch.get(0).key());
    List<ResourceRecordSet> sets = before.after(batch).of(target);
    if (target.type().equals("SOA")) {
      writeSoa(batch, sets, before.of(target));
      return ChangeResult.Sync.IMMEDIATE;
    }
    RecordJson current = held.get(target);
    if (sets.isEmpty()) {
      if (current != null) {
        endpoints.write("DELETE", zone, target.name(), target.type(), null);
        held.remove(target);
      }
      return ChangeResult.Sync.IMMEDIATE;
    }
    RecordJson record;
    try {
      record = Ns1Steering.record(zone, target, sets, current);
    } catch (ValidationException e) {
      throw new InvalidChangeException(
          Ns1Provider.NAME, List.of(e.getMessage() + ": " + keys(batch)));
    }
    endpoints.write(current == null ? "PUT" : "POST", zone, target.name(), target.type(), record);
    held.put(target, record);
    return ChangeResult.Sync.IMMEDIATE;
  }

  // The SOA is zone fields: NS1 lets us write the hostmaster and the timers, not mname or serial.
  private void writeSoa(
      List<Change> batch, List<ResourceRecordSet> after, List<ResourceRecordSet> before) {
    if (after.size() != 1 || before.size() != 1) {
      throw new InvalidChangeException(
          Ns1Provider.NAME, List.of("the SOA is the zone's and cannot go: " + keys(batch)));
    }
    SOAData now = (SOAData) before.get(0).records().get(0);
    SOAData next = (SOAData) after.get(0).records().get(0);
    if (!next.mname().equals(now.mname()) || next.serial() != now.serial()) {
      throw new InvalidChangeException(
          Ns1Provider.NAME,
          List.of(
              "SOA mname and serial are NS1's: "
                  + next.mname()
                  + " "
                  + next.serial()
                  + " (expected "
                  + now.mname()
                  + " "
                  + now.serial()
                  + ")"));
    }
    ZoneFields fields =
        new ZoneFields(
            after.get(0).ttl().isPresent() ? after.get(0).ttl().getAsInt() : null,
            SoaMailbox.toEmail(next.rname()).orElse(null),
            next.refresh(),
            next.retry(),
            next.expire(),
            next.minimum());
    endpoints.updateZone(zone, fields);
  }

  /** A batch is one name and type: a refusal names all its changes. */
  @Override
  public List<Change> refused(List<Change> batch, DenominatorException refusal) {
    return batch;
  }

  private static List<String> keys(List<Change> batch) {
    return batch.stream().map(c -> c.key().toString()).toList();
  }
}
