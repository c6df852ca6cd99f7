/**
 * DNS UPDATE (RFC 2136) and zone transfers, signed with TSIG, at any authoritative server. Read in
 * this order: {@link denominator.rfc2136.Rfc2136Endpoints} (the three messages sent: SOA query,
 * AXFR, UPDATE; where to: {@link denominator.rfc2136.Rfc2136Server}, signed with: {@link
 * denominator.rfc2136.Rfc2136Keys}), {@link denominator.rfc2136.Rfc2136Records} (wire records ↔
 * record sets), {@link denominator.rfc2136.Rfc2136Updates} (changes → one UPDATE with
 * prerequisites), {@link denominator.rfc2136.Rfc2136Errors} (answers → exceptions), {@link
 * denominator.rfc2136.Rfc2136Batches} (the change engine's writer), then our API ({@link
 * denominator.rfc2136.Rfc2136DNSApi}, whose record sets are the kit's RecordSetView, {@link
 * denominator.rfc2136.Rfc2136ZoneApi}) and {@link denominator.rfc2136.Rfc2136Provider} (metadata
 * and wiring).
 */
package denominator.rfc2136;
