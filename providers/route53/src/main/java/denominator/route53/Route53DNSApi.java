package denominator.route53;

import denominator.DNSApi;
import denominator.GeoResourceRecordSetApi;
import denominator.InvalidChangeException;
import denominator.ProviderConfig;
import denominator.RecordProfile;
import denominator.ResourceRecordSetApi;
import denominator.WeightedResourceRecordSetApi;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.change.PlannedChange;
import denominator.kit.ChangeEngine;
import denominator.kit.NameType;
import denominator.kit.RecordSetView;
import denominator.kit.ZoneSlice;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AWS account's Route53: zones, record sets of every profile, and change sets applied by the
 * kit's {@link ChangeEngine} as the fewest atomic {@code ChangeResourceRecordSets} batches (see
 * {@link Route53Batches}).
 */
final class Route53DNSApi implements DNSApi, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Route53DNSApi.class);

  private final Route53Endpoints api;
  private final ProviderConfig config;

  @Inject
  Route53DNSApi(Route53Endpoints api, ProviderConfig config) {
    this.api = api;
    this.config = config;
  }

  @Override
  public ZoneApi zones() {
    return new Route53ZoneApi(api, this);
  }

  @Override
  public ResourceRecordSetApi recordSets(String zoneId) {
    return recordSetView(zoneId);
  }

  @Override
  public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
    return Optional.of(recordSetView(zoneId).only(RecordProfile.GEO));
  }

  @Override
  public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
    return Optional.of(recordSetView(zoneId).only(RecordProfile.WEIGHTED));
  }

  /** The record sets of one hosted zone: lazy pages, grouped into sets; writes through apply. */
  private RecordSetView recordSetView(String zoneId) {
    return RecordSetView.of(
            Route53Provider.METADATA,
            new Route53Pages(api, zoneId),
            changes -> apply(zoneId, changes, ApplyMode.ATOMIC))
        .regions(Route53Geo::supported);
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    return engine(batches(zoneId)).apply(changes, mode);
  }

  /**
   * Applies a plan's change set taking the state the plan was made from as the zone's current
   * state, instead of listing the zone again. Route53 refuses a delete whose values differ and a
   * create of what exists, so where the zone no longer holds what the plan read (a plan gone stale,
   * or sets another tool wrote with set identifiers or health checks the model does not hold) the
   * batch is refused rather than applied over it. When that leaves nothing applied, the zone is
   * read: if the plan is stale, it is refused as such; if not, the change set is applied from the
   * zone as read. Only ATOMIC mode, whose undo needs the whole previous state, gains; a plan
   * touching a set routed by a policy the model cannot write reads the zone as well.
   *
   * @throws PlanRefusedException if the zone no longer holds what the plan was made from
   */
  @Override
  public ChangeResult apply(String zoneId, Plan plan, ApplyMode mode) {
    if (mode != ApplyMode.ATOMIC
        || plan.changes().stream()
            .anyMatch(
                c ->
                    c.before()
                        .filter(set -> set.providerData().containsKey(ResourceRecordSet.ROUTING))
                        .isPresent())) {
      return apply(zoneId, plan.changeSet(), mode);
    }
    Set<NameType> covered =
        plan.changes().stream().map(c -> NameType.of(c.key())).collect(Collectors.toSet());
    List<ResourceRecordSet> before =
        plan.changes().stream().flatMap(c -> c.before().stream()).toList();
    ChangeResult result =
        engine(batches(zoneId)).apply(plan.changeSet(), mode, ZoneSlice.of(covered, before));
    boolean nothingApplied =
        result.withStatus(ChangeOutcome.Status.APPLIED).isEmpty()
            && result.withStatus(ChangeOutcome.Status.UNKNOWN).isEmpty();
    if (nothingApplied
        && result.failures().stream()
            .anyMatch(
                o -> o.error().filter(InvalidChangeException.class::isInstance).isPresent())) {
      log.info("Route53 refused a plan's batch; reading the zone to learn why");
      Map<RecordSetKey, ResourceRecordSet> live = new HashMap<>();
      recordSets(zoneId).iterator().forEachRemaining(set -> live.put(set.key(), set));
      List<PlannedChange> stale = plan.stale(live);
      if (!stale.isEmpty()) {
        throw PlanRefusedException.stale(
            plan.zone(), stale.stream().map(PlannedChange::key).toList());
      }
      return apply(zoneId, plan.changeSet(), mode);
    }
    return result;
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
