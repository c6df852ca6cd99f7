package denominator.rfc2136;

import denominator.ProviderConfig;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.RecordSetView;
import denominator.model.Names;
import javax.inject.Inject;

/**
 * One server's zones and record sets, plain only: DNS UPDATE has no geo or weighted answers. A
 * change set is one zone transfer and then one UPDATE message per {@value
 * Rfc2136Updates#MAX_CHANGES} changes (fewer if the records are large), each applied by the server
 * all or nothing; in {@link ApplyMode#ATOMIC} mode the messages already applied are undone when a
 * later one fails ({@link ChangeEngine}). The server's refusal names none of a message's changes:
 * in the other modes the engine then sends each change of the refused message alone.
 */
final class Rfc2136DNSApi extends KitDNSApi {
  private final Rfc2136Endpoints endpoints;
  private final Rfc2136Server server;
  private final ProviderConfig config;

  @Inject
  Rfc2136DNSApi(Rfc2136Endpoints endpoints, Rfc2136Server server, ProviderConfig config) {
    super(Rfc2136Provider.METADATA);
    this.endpoints = endpoints;
    this.server = server;
    this.config = config;
  }

  @Override
  public ZoneApi zones() {
    return new Rfc2136ZoneApi(endpoints, server.zones());
  }

  /**
   * The record sets of one zone. Every read is one zone transfer (AXFR) filtered here, so a lookup
   * costs as much as listing the zone: fine for zones of thousands of sets, not of millions.
   */
  @Override
  protected RecordSetView.Reader reader(String zoneId) {
    String zone = Names.absolute(zoneId);
    return RecordSetView.Reader.ofWholeZone(() -> Rfc2136Records.toSets(endpoints.transfer(zone)));
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    return new ChangeEngine(
            new Rfc2136Batches(endpoints, Names.absolute(zoneId)),
            config.maxChangesPerBatch(Rfc2136Updates.MAX_CHANGES))
        .apply(changes, mode);
  }
}
