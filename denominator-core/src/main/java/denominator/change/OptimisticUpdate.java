package denominator.change;

import denominator.DNSApi;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Changes one record set from what it holds now, without losing another writer's change: reads the
 * set, derives a change set from it, and applies that as a {@link Plan} whose precondition is the
 * set as read. Providers that check a plan in the transaction that applies it ({@link
 * DNSApi#apply(String, Plan, ApplyMode)}; the mock does) refuse it as stale if another writer came
 * first; then this reads and derives again, up to a number of attempts. Two processes adding values
 * to one set thus both get theirs.
 *
 * <pre>{@code
 * OptimisticUpdate.of(api, zoneId, zoneName, () -> records.get(name, "A"), before -> addTo(before))
 *     .apply(ApplyMode.ATOMIC)
 *     .result()
 *     .orThrow();
 * }</pre>
 */
public final class OptimisticUpdate {
  /** Attempts before a stale refusal is given up and thrown. */
  public static final int DEFAULT_ATTEMPTS = 10;

  /**
   * What one attempt read and derived.
   *
   * @param before the set as read; empty when there was none
   * @param changes what to change, derived from {@code before}
   */
  public record Attempt(Optional<ResourceRecordSet> before, ChangeSet changes) {}

  /**
   * The attempt that was applied and what the provider did.
   *
   * @param attempt what was read and derived
   * @param result the provider's result; no outcomes when there was nothing to change
   */
  public record Applied(Attempt attempt, ChangeResult result) {}

  private final DNSApi api;
  private final String zoneId;
  private final String zoneName;
  private final Supplier<Optional<ResourceRecordSet>> read;
  private final Function<ResourceRecordSet, ChangeSet> change;
  private final int attempts;

  private OptimisticUpdate(
      DNSApi api,
      String zoneId,
      String zoneName,
      Supplier<Optional<ResourceRecordSet>> read,
      Function<ResourceRecordSet, ChangeSet> change,
      int attempts) {
    this.api = Objects.requireNonNull(api, "api");
    this.zoneId = Objects.requireNonNull(zoneId, "zoneId");
    this.zoneName = Objects.requireNonNull(zoneName, "zoneName");
    this.read = Objects.requireNonNull(read, "read");
    this.change = Objects.requireNonNull(change, "change");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be 1 or more: " + attempts);
    }
    this.attempts = attempts;
  }

  /**
   * An update of the set {@code read} returns, in zone {@code zoneId} named {@code zoneName};
   * {@code change} gets the set as read, or null when there is none, and returns what to change.
   */
  public static OptimisticUpdate of(
      DNSApi api,
      String zoneId,
      String zoneName,
      Supplier<Optional<ResourceRecordSet>> read,
      Function<ResourceRecordSet, ChangeSet> change) {
    return new OptimisticUpdate(api, zoneId, zoneName, read, change, DEFAULT_ATTEMPTS);
  }

  /** This update, giving up after {@code attempts} stale refusals. */
  public OptimisticUpdate attempts(int attempts) {
    return new OptimisticUpdate(api, zoneId, zoneName, read, change, attempts);
  }

  /** Reads and derives once, applying nothing: for a dry run. */
  public Attempt prepare() {
    Optional<ResourceRecordSet> before = read.get();
    return new Attempt(before, change.apply(before.orElse(null)));
  }

  /**
   * Reads, derives and applies in {@code mode}; reads and derives again each time the provider
   * refuses the plan as stale. Nothing is sent when the derived change set is empty.
   *
   * @throws PlanRefusedException when the last attempt was refused too, or refused for another
   *     reason than staleness
   */
  public Applied apply(ApplyMode mode) {
    for (int attempt = 1; ; attempt++) {
      Attempt prepared = prepare();
      if (prepared.changes().isEmpty()) {
        return new Applied(prepared, ChangeResult.of(List.of()));
      }
      Plan plan = plan(prepared);
      try {
        // plans leave SOA sets out, so a change to the SOA is applied unchecked
        ChangeResult result =
            plan.changeSet().equals(prepared.changes())
                ? api.apply(zoneId, plan, mode)
                : api.apply(zoneId, prepared.changes(), mode);
        return new Applied(prepared, result);
      } catch (PlanRefusedException e) {
        if (e.reason() != PlanRefusedException.Reason.STALE || attempt >= attempts) {
          throw e;
        }
      }
    }
  }

  /** The plan whose precondition is the set as read and whose change set is the derived one. */
  private Plan plan(Attempt attempt) {
    List<ResourceRecordSet> current = attempt.before().stream().toList();
    Map<RecordSetKey, ResourceRecordSet> desired = new LinkedHashMap<>();
    current.forEach(set -> desired.put(set.key(), set));
    for (Change c : attempt.changes().changes()) {
      if (c instanceof Change.Put put) {
        desired.put(put.key(), put.recordSet());
      } else {
        desired.remove(c.key());
      }
    }
    return Plan.between(zoneName, current, desired.values());
  }
}
