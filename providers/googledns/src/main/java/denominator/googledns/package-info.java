/**
 * Google Cloud DNS through its REST API v1. Read in this order: {@link
 * denominator.googledns.GoogleDnsEndpoints} (the API calls, over the kit's JSON transport) with
 * {@link denominator.googledns.GoogleDnsCredentials} (access tokens from google-auth-library) and
 * {@link denominator.googledns.GoogleDnsJson} (their JSON); {@link
 * denominator.googledns.GoogleDnsRecords} (rrsets to and from record sets) and {@link
 * denominator.googledns.GoogleDnsWeights} (routing policies as weighted or provider-routed sets,
 * health-checked targets as {@link denominator.googledns.GoogleDnsTargets}); {@link
 * denominator.googledns.GoogleDnsErrors} (the error table); {@link
 * denominator.googledns.GoogleDnsWriter} (one Cloud DNS change per batch, for the kit's change
 * engine); {@link denominator.googledns.GoogleDnsDNSApi} and {@link
 * denominator.googledns.GoogleDnsZoneApi} (our API); {@link
 * denominator.googledns.GoogleDnsProvider} (metadata and wiring).
 */
package denominator.googledns;
