/**
 * Azure DNS through Azure Resource Manager. Read in this order: {@link
 * denominator.azure.AzureTokens} (Entra ID client-credentials tokens), {@link
 * denominator.azure.AzureEndpoints} (the API calls, over the kit's JSON transport) and {@link
 * denominator.azure.AzureJson} (their JSON); {@link denominator.azure.AzureRecords} and {@link
 * denominator.azure.AzureData} (record sets to and from model sets, aliases and empty sets); {@link
 * denominator.azure.AzureErrors} (the error table); {@link denominator.azure.AzureWriter} (one
 * request per set, each guarded by its etag, for the kit's change engine) and {@link
 * denominator.azure.AzureOperations} (waiting for a zone delete); {@link
 * denominator.azure.AzureDNSApi} and {@link denominator.azure.AzureZoneApi} (our API); {@link
 * denominator.azure.AzureProvider} (metadata and wiring).
 */
package denominator.azure;
