package denominator.powerdns;

import denominator.DNSApi;
import denominator.DenominatorException;
import denominator.GeoResourceRecordSetApi;
import denominator.InvalidChangeException;
import denominator.ProviderConfig;
import denominator.RecordProfile;
import denominator.ResourceRecordSetApi;
import denominator.UnknownOutcomeException;
import denominator.WeightedResourceRecordSetApi;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ChangeEngine;
import denominator.kit.SingleSetWriter;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;

/**
 * One PowerDNS server's zones and record sets. In {@link ApplyMode#ATOMIC} mode a change set is
 * sent as one {@code PATCH} per {@value #MAX_BATCH} changes, which the server applies in one
 * transaction: all or nothing.
 */
final class PowerDnsDNSApi implements DNSApi {
  static final int MAX_BATCH = 1000;

  /** How PowerDNS names the set it refused: "RRset www.ex. IN CNAME: ..." or "Record www.ex./A". */
  private static final Pattern REFUSED_SET =
      Pattern.compile("^(?:RRset (\\S+) IN (\\S+):|Record (\\S+)/(\\S+) )");

  private final PowerDnsApi api;
  private final PowerDnsUrl url;

  @Inject
  PowerDnsDNSApi(PowerDnsApi api, ProviderConfig config) {
    this.api = api;
    this.url = PowerDnsUrl.parse(config.url());
  }

  @Override
  public ZoneApi zones() {
    return new PowerDnsZoneApi(api, url);
  }

  @Override
  public ResourceRecordSetApi recordSets(String zoneId) {
    return new PowerDnsRecordSetApi(api, zoneId, null);
  }

  @Override
  public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
    return Optional.of(new PowerDnsRecordSetApi(api, zoneId, RecordProfile.GEO));
  }

  @Override
  public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
    return Optional.of(new PowerDnsRecordSetApi(api, zoneId, RecordProfile.WEIGHTED));
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    PowerDnsRecordSetApi sets = new PowerDnsRecordSetApi(api, zoneId, null);
    if (mode != ApplyMode.ATOMIC) {
      return new ChangeEngine(new SingleSetWriter(sets), Integer.MAX_VALUE).apply(changes, mode);
    }
    List<Change> all = changes.changes();
    all.forEach(PowerDnsRecordSetApi::check); // invalid input fails before any request
    List<ChangeOutcome> outcomes = new ArrayList<>(all.size());
    for (int start = 0; start < all.size(); start += MAX_BATCH) {
      List<Change> batch = all.subList(start, Math.min(all.size(), start + MAX_BATCH));
      List<ChangeOutcome> sent = send(zoneId, sets, batch);
      outcomes.addAll(sent);
      if (sent.stream().anyMatch(o -> o.status() != ChangeOutcome.Status.APPLIED)) {
        all.subList(outcomes.size(), all.size())
            .forEach(change -> outcomes.add(ChangeOutcome.skipped(change)));
        break;
      }
    }
    return ChangeResult.of(outcomes);
  }

  /** One PATCH, which PowerDNS applies as one transaction: all of the batch, or none of it. */
  private List<ChangeOutcome> send(String zoneId, PowerDnsRecordSetApi sets, List<Change> batch) {
    List<PowerDnsJson.RRSet> patch;
    try {
      patch = sets.patch(batch); // reads the zone first for geo and weighted names
    } catch (DenominatorException e) {
      return refused(batch, e);
    }
    try {
      api.patch(zoneId, patch);
      return batch.stream().map(ChangeOutcome::applied).toList();
    } catch (UnknownOutcomeException e) { // retried as far as the policy allows, still no answer
      return holds(sets, batch)
          ? batch.stream().map(ChangeOutcome::applied).toList()
          : batch.stream().map(change -> ChangeOutcome.unknown(change, e)).toList();
    } catch (DenominatorException e) {
      return refused(batch, e);
    }
  }

  /**
   * Whether the zone, read once, shows every change of the batch: then the PATCH whose answer was
   * lost took effect. False when it does not, or cannot be read: the PATCH may still be in flight.
   */
  private static boolean holds(PowerDnsRecordSetApi sets, List<Change> batch) {
    Map<RecordSetKey, ResourceRecordSet> now = new HashMap<>();
    try {
      sets.iterator().forEachRemaining(set -> now.put(set.key(), set));
    } catch (DenominatorException unreadable) {
      return false;
    }
    return batch.stream().allMatch(change -> change.isMadeIn(now));
  }

  /**
   * Nothing of the batch was applied: the change the server named failed and the others were
   * skipped; when the server named none, every change of the batch failed.
   */
  private static List<ChangeOutcome> refused(List<Change> batch, DenominatorException e) {
    Optional<Change> named =
        e instanceof InvalidChangeException invalid
            ? invalid.messages().stream().flatMap(m -> named(batch, m).stream()).findFirst()
            : Optional.empty();
    return batch.stream()
        .map(
            change ->
                named.isEmpty() || named.get() == change
                    ? ChangeOutcome.failed(change, e)
                    : ChangeOutcome.skipped(change))
        .toList();
  }

  private static Optional<Change> named(List<Change> batch, String message) {
    Matcher m = REFUSED_SET.matcher(message);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = Names.absolute(m.group(1) != null ? m.group(1) : m.group(3));
    String type = m.group(2) != null ? m.group(2) : m.group(4);
    return batch.stream()
        .filter(
            c ->
                c.key().name().equals(name)
                    && (c.key().type().equals(type)
                        || type.equals(PowerDnsLua.TYPE) && PowerDnsRecordSetApi.isLua(c)))
        .findFirst();
  }
}
