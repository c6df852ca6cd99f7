package denominator.powerdns;

import denominator.ResourceRecordSetApi;
import denominator.UnsupportedCapabilityException;
import denominator.change.Change;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.powerdns.PowerDnsJson.RRSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The record sets of one PowerDNS zone. PowerDNS returns a zone's sets in one response, so
 * iteration is one request; lookups by name ask the server for that name only. Every write is one
 * {@code PATCH} of whole sets.
 */
class PowerDnsRecordSetApi implements ResourceRecordSetApi {
  private static final Comparator<ResourceRecordSet> ORDER =
      Comparator.comparing(ResourceRecordSet::key);

  final PowerDnsApi api;
  final String zoneId;

  PowerDnsRecordSetApi(PowerDnsApi api, String zoneId) {
    this.api = api;
    this.zoneId = zoneId;
  }

  @Override
  public Iterator<ResourceRecordSet> iterator() {
    return read(null, null).iterator();
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByName(String name) {
    return read(Names.absolute(name), null).iterator();
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByNameAndType(String name, String type) {
    return read(Names.absolute(name), RecordTypes.normalize(type)).iterator();
  }

  @Override
  public Optional<ResourceRecordSet> get(RecordSetKey key) {
    return read(key.name(), key.type()).stream().filter(s -> s.key().equals(key)).findFirst();
  }

  @Override
  public void put(ResourceRecordSet recordSet) {
    api.patch(zoneId, patch(List.of(new Change.Put(recordSet))));
  }

  @Override
  public void delete(RecordSetKey key) {
    api.patch(zoneId, patch(List.of(new Change.Delete(key))));
  }

  /** The sets of this name and type, or every name or type where null, ordered by key. */
  List<ResourceRecordSet> read(String name, String type) {
    return api.zone(zoneId, name, null).rrsets().stream()
        .filter(rrset -> name == null || PowerDnsJson.matches(rrset, name, null))
        .flatMap(rrset -> PowerDnsJson.toSet(rrset).stream())
        .filter(set -> type == null || set.type().equals(type))
        .sorted(ORDER).toList();
  }

  /** The rrset changes of one {@code PATCH} that makes {@code changes}, in order. */
  List<RRSet> patch(List<Change> changes) {
    changes.stream().filter(c -> c.key().qualifier().isPresent()).findFirst().ifPresent(c -> {
      throw new UnsupportedCapabilityException(PowerDnsProvider.NAME,
          "geo and weighted record sets (" + c.key() + ")");
    });
    return changes.stream().flatMap(change -> change instanceof Change.Put put
        ? Stream.of(PowerDnsJson.replace(put.recordSet()))
        : Stream.of(PowerDnsJson.delete(change.key().name(), change.key().type())))
        .toList();
  }
}
