package denominator.rfc2136;

import denominator.DNSApi;
import denominator.GeoResourceRecordSetApi;
import denominator.ResourceRecordSetApi;
import denominator.WeightedResourceRecordSetApi;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ChangeEngine;
import denominator.kit.SingleSetWriter;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/**
 * One server's zones and record sets, plain only: DNS UPDATE has no geo or weighted answers. In
 * {@link ApplyMode#ATOMIC} mode a change set is one zone transfer and then one UPDATE message per
 * {@value Rfc2136Updates#MAX_CHANGES} changes (fewer if the records are large), each applied by the
 * server all or nothing; a change set that needs several messages is atomic per message only.
 */
final class Rfc2136DNSApi implements DNSApi {
  private final Rfc2136Api api;
  private final Rfc2136Endpoint endpoint;

  @Inject
  Rfc2136DNSApi(Rfc2136Api api, Rfc2136Endpoint endpoint) {
    this.api = api;
    this.endpoint = endpoint;
  }

  @Override
  public ZoneApi zones() {
    return new Rfc2136ZoneApi(api, endpoint.zones());
  }

  @Override
  public ResourceRecordSetApi recordSets(String zoneId) {
    return new Rfc2136RecordSetApi(api, zoneId);
  }

  @Override
  public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
    return Optional.empty();
  }

  @Override
  public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
    return Optional.empty();
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    Rfc2136RecordSetApi sets = new Rfc2136RecordSetApi(api, zoneId);
    if (mode != ApplyMode.ATOMIC) {
      return new ChangeEngine(new SingleSetWriter(sets), Integer.MAX_VALUE).apply(changes, mode);
    }
    if (changes.isEmpty()) {
      return ChangeResult.of(List.of());
    }
    return ChangeResult.of(sets.apply(changes.changes()));
  }
}
