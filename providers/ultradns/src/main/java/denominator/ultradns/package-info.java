/**
 * UltraDNS through its REST API. Read in this order: {@link denominator.ultradns.UltraDnsEndpoints}
 * (the API calls, over the kit's JSON transport), {@link denominator.ultradns.UltraDnsTokens} (the
 * bearer token and its refresh) and {@link denominator.ultradns.UltraDnsJson} (their JSON); {@link
 * denominator.ultradns.UltraDnsRecords} (plain rrsets to and from model sets), {@link
 * denominator.ultradns.UltraDnsTerritories} (geo codes to and from canonical regions) and {@link
 * denominator.ultradns.UltraDnsPools} (directional pools as geo sets, traffic-controller pools as
 * weighted sets); {@link denominator.ultradns.UltraDnsErrors} (the error table); {@link
 * denominator.ultradns.UltraDnsBatches} (one request per name and type, several in one batch, for
 * the kit's change engine); {@link denominator.ultradns.UltraDnsDNSApi} and {@link
 * denominator.ultradns.UltraDnsZoneApi} (our API; record sets are the kit's {@link
 * denominator.kit.RecordSetView} over a reader and the engine); {@link
 * denominator.ultradns.UltraDnsProvider} (metadata and wiring).
 */
package denominator.ultradns;
