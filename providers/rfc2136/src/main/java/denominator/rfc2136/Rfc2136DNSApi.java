package denominator.rfc2136;

import denominator.DNSApi;
import denominator.GeoResourceRecordSetApi;
import denominator.ProviderConfig;
import denominator.ResourceRecordSetApi;
import denominator.WeightedResourceRecordSetApi;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ChangeEngine;
import denominator.model.Names;
import java.util.Optional;
import javax.inject.Inject;

/**
 * One server's zones and record sets, plain only: DNS UPDATE has no geo or weighted answers. A
 * change set is one zone transfer and then one UPDATE message per {@value
 * Rfc2136Updates#MAX_CHANGES} changes (fewer if the records are large), each applied by the server
 * all or nothing; in {@link ApplyMode#ATOMIC} mode the messages already applied are undone when a
 * later one fails ({@link ChangeEngine}). The other modes send one change per message.
 */
final class Rfc2136DNSApi implements DNSApi {
  private final Rfc2136Endpoints endpoints;
  private final Rfc2136Server server;
  private final ProviderConfig config;

  @Inject
  Rfc2136DNSApi(Rfc2136Endpoints endpoints, Rfc2136Server server, ProviderConfig config) {
    this.endpoints = endpoints;
    this.server = server;
    this.config = config;
  }

  @Override
  public ZoneApi zones() {
    return new Rfc2136ZoneApi(endpoints, server.zones());
  }

  @Override
  public ResourceRecordSetApi recordSets(String zoneId) {
    return new Rfc2136RecordSetApi(
        endpoints, Names.absolute(zoneId), changes -> apply(zoneId, changes, ApplyMode.ATOMIC));
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
    // the server's refusal of a message names none of its changes: only a message of one change
    // lets the other modes apply around a refused change
    int perMessage = mode == ApplyMode.ATOMIC ? Rfc2136Updates.MAX_CHANGES : 1;
    return new ChangeEngine(
            new Rfc2136Batches(endpoints, Names.absolute(zoneId)),
            config.maxChangesPerBatch(perMessage))
        .apply(changes, mode);
  }
}
