package denominator;

import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanApply;
import denominator.change.PlanRefusedException;
import denominator.change.ZoneRead;
import denominator.kit.ChangeEngine;
import denominator.kit.SingleSetWriter;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One provider account's DNS: its zones, and the record sets of each zone.
 *
 * <p>Zones are addressed by their provider id ({@link denominator.model.Zone#id()}). Every method
 * either does what it says or throws a {@link DenominatorException}; none returns null. The
 * per-zone record set APIs are views: getting one sends no request, so their {@code
 * supportedRegions} and {@code supportedWeights} can be asked before the zone is looked up.
 * Implementations are thread-safe.
 */
public interface DNSApi {

  /** The zones of this account. */
  ZoneApi zones();

  /** Every record set of the zone, of every profile. */
  ResourceRecordSetApi recordSets(String zoneId);

  /** The zone's geo record sets, or empty if the provider has no geo support. */
  Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId);

  /** The zone's weighted record sets, or empty if the provider has no weighted support. */
  Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId);

  /**
   * Applies the change set to the zone and says per change what happened.
   *
   * <p>Providers with native batches send them in as few requests as their limits allow, each batch
   * atomic. The default applies the changes one by one, journaling each; in {@link
   * ApplyMode#ATOMIC} mode, a failure restores the sets already changed to what they were. Invalid
   * input fails with {@link ValidationException} before anything is sent.
   */
  default ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    return new ChangeEngine(new SingleSetWriter(recordSets(zoneId)), Integer.MAX_VALUE)
        .apply(changes, mode);
  }

  /**
   * Applies {@code plan}'s change set as {@link #apply(String, ChangeSet, ApplyMode)} does. Called
   * by {@link PlanApply} once it has found the plan fresh.
   *
   * <p>The default does not check the plan again, so a writer that changes the zone between that
   * check and this apply goes unseen. Providers that can check and apply in one transaction
   * override it to throw {@link PlanRefusedException} ({@code STALE}) without changing anything
   * when the zone no longer holds what the plan expects: the mock does, under its store's lock.
   */
  default ChangeResult apply(String zoneId, Plan plan, ApplyMode mode) {
    return apply(zoneId, plan.changeSet(), mode);
  }

  /**
   * Every record set of the zone, read now and kept: what {@link #recordSets} lists, in the
   * requests of one listing, for a plan to be made from and then applied with {@link #apply(String,
   * Plan, ApplyMode, ZoneRead)}.
   */
  default ZoneRead read(String zoneId) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    recordSets(zoneId).forEach(sets::add);
    return ZoneRead.of(sets);
  }

  /**
   * Applies {@code plan} as {@link #apply(String, Plan, ApplyMode)} does, {@code madeFrom} being
   * the read of this zone that the plan was made from, so that a provider may read what the write
   * needs in fewer requests: PowerDNS, whose write of a name carries more than the plan's {@code
   * before} states (its geo and weighted sets, other tools' Lua records and disabled ones, as one
   * rrset), reads a zone whose plan came from its own read of the whole zone with one more {@code
   * GET} instead of one search per name. No provider writes from {@code madeFrom} itself where the
   * vendor cannot refuse a write made from a stale state: in an operation over many zones the
   * plan's read may be minutes old, and what other tools wrote since at the plan's names would be
   * lost.
   *
   * <p>The default is {@link #apply(String, Plan, ApplyMode)}.
   */
  default ChangeResult apply(String zoneId, Plan plan, ApplyMode mode, ZoneRead madeFrom) {
    return apply(zoneId, plan, mode);
  }
}
