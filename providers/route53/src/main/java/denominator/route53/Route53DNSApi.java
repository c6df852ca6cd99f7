package denominator.route53;

import denominator.ProviderConfig;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.RecordSetView;
import denominator.model.geo.Region;
import javax.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AWS account's Route53: zones, record sets of every profile, and change sets applied by the
 * kit's {@link ChangeEngine} as the fewest atomic {@code ChangeResourceRecordSets} batches (see
 * {@link Route53Batches}).
 */
final class Route53DNSApi extends KitDNSApi implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Route53DNSApi.class);

  private final Route53Endpoints api;
  private final ProviderConfig config;

  @Inject
  Route53DNSApi(Route53Endpoints api, ProviderConfig config) {
    super(Route53Provider.METADATA);
    this.api = api;
    this.config = config;
  }

  @Override
  public ZoneApi zones() {
    return new Route53ZoneApi(api, this);
  }

  /** The record sets of one hosted zone: lazy pages, grouped into sets. */
  @Override
  protected RecordSetView.Reader reader(String zoneId) {
    return new Route53Pages(api, zoneId);
  }

  @Override
  protected boolean expresses(Region region) {
    return Route53Geo.supported(region);
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    return engine(batches(zoneId)).apply(changes, mode);
  }

  /**
   * Applies a plan from the state it was made from, reading the zone only when Route53 refuses a
   * batch (see {@link ChangeEngine#applyFromPlan}).
   *
   * @throws PlanRefusedException if the zone no longer holds what the plan was made from
   */
  @Override
  public ChangeResult apply(String zoneId, Plan plan, ApplyMode mode) {
    return ChangeEngine.applyFromPlan(
        plan, mode, () -> engine(batches(zoneId)), () -> recordSets(zoneId).iterator());
  }

  Route53Batches batches(String zoneId) {
    return new Route53Batches(api, zoneId, config.poller());
  }

  ChangeEngine engine(Route53Batches batches) {
    return new ChangeEngine(batches, config.maxChangesPerBatch(Route53Batches.MAX_RECORDS));
  }

  @Override
  public void close() {
    api.close();
  }
}
