/**
 * Rackspace Cloud DNS v1.0 through Rackspace Identity v2.0. Read in this order: {@link
 * denominator.clouddns.CloudDnsTokens} (identity tokens and the catalog's DNS endpoint), {@link
 * denominator.clouddns.CloudDnsEndpoints} (the API calls, over the kit's JSON transport), {@link
 * denominator.clouddns.CloudDnsJson} (their JSON) and {@link
 * denominator.clouddns.CloudDnsThrottling} (the 413 rate limit as a retried 429); {@link
 * denominator.clouddns.CloudDnsRecords} (records, one per value, to and from sets); {@link
 * denominator.clouddns.CloudDnsErrors} (the error table); {@link denominator.clouddns.CloudDnsJobs}
 * (awaiting the job of every write); {@link denominator.clouddns.CloudDnsPlan} (a change as the
 * fewest record writes) and {@link denominator.clouddns.CloudDnsWriter} (a batch's writes, for the
 * kit's change engine); {@link denominator.clouddns.CloudDnsDNSApi} and {@link
 * denominator.clouddns.CloudDnsZoneApi} (our API); {@link denominator.clouddns.CloudDnsProvider}
 * (metadata and wiring).
 */
package denominator.clouddns;
