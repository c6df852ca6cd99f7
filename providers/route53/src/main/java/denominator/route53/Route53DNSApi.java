package denominator.route53;

import denominator.DNSApi;
import denominator.GeoResourceRecordSetApi;
import denominator.RecordProfile;
import denominator.ResourceRecordSetApi;
import denominator.WeightedResourceRecordSetApi;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import java.time.Clock;
import java.util.Optional;
import javax.inject.Inject;

/** One AWS account's Route53: zones, record sets of every profile, and native batches. */
final class Route53DNSApi implements DNSApi, AutoCloseable {
  private final Route53Api api;
  private final Route53Changes changes;

  @Inject
  Route53DNSApi(Route53Api api, Clock clock) {
    this.api = api;
    this.changes = new Route53Changes(api, clock);
  }

  @Override
  public ZoneApi zones() {
    return new Route53ZoneApi(api);
  }

  @Override
  public ResourceRecordSetApi recordSets(String zoneId) {
    return new Route53RecordSetApi(api, changes, zoneId, null);
  }

  @Override
  public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
    return Optional.of(new Route53RecordSetApi(api, changes, zoneId, RecordProfile.GEO));
  }

  @Override
  public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
    return Optional.of(new Route53RecordSetApi(api, changes, zoneId, RecordProfile.WEIGHTED));
  }

  /** Sends the changes as the fewest atomic Route53 batches; see {@link Route53Changes}. */
  @Override
  public ChangeResult apply(String zoneId, ChangeSet changeSet, ApplyMode mode) {
    return changes.apply(zoneId, changeSet, mode);
  }

  /** As a change set, but from the state the plan was read from; see {@link Route53Changes}. */
  @Override
  public ChangeResult apply(String zoneId, Plan plan, ApplyMode mode) {
    return changes.apply(zoneId, plan, mode);
  }

  @Override
  public void close() {
    api.close();
  }
}
