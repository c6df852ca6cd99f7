/**
 * PowerDNS Authoritative through its HTTP API v1. Read in this order: {@link
 * denominator.powerdns.PowerDnsEndpoints} (the API calls, over the kit's JSON transport) and {@link
 * denominator.powerdns.PowerDnsJson} (their JSON); {@link denominator.powerdns.PowerDnsRecords}
 * (wire rrsets to and from model sets, with {@link denominator.powerdns.PowerDnsLua}, {@link
 * denominator.powerdns.PowerDnsAlias} and {@link denominator.powerdns.PowerDnsLoc} for what the
 * model lacks); {@link denominator.powerdns.PowerDnsErrors} (the error table: statuses to
 * exceptions); {@link denominator.powerdns.PowerDnsBatches} (a batch is one PATCH, for the kit's
 * change engine); {@link denominator.powerdns.PowerDnsDNSApi} and {@link
 * denominator.powerdns.PowerDnsZoneApi} (our API; record sets are the kit's {@link
 * denominator.kit.RecordSetView} over a reader and the engine); {@link
 * denominator.powerdns.PowerDnsProvider} (metadata and wiring).
 */
package denominator.powerdns;
