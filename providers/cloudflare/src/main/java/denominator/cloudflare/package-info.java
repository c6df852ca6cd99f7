/**
 * Cloudflare through its API v4. Read in this order: {@link
 * denominator.cloudflare.CloudflareEndpoints} (the API calls, over the kit's JSON transport, each
 * answer's envelope opened in one place) and {@link denominator.cloudflare.CloudflareJson} (their
 * JSON); {@link denominator.cloudflare.CloudflareRecords} (a value as {@code content}, {@code data}
 * and {@code priority}, records grouped into sets) and {@link
 * denominator.cloudflare.CloudflareProviderData} ({@code proxied}, {@code comment} and {@code tags}
 * as provider data); {@link denominator.cloudflare.CloudflareErrors} (the error table); {@link
 * denominator.cloudflare.CloudflareWriter} (one atomic {@code /batch} request per batch, for the
 * kit's change engine); {@link denominator.cloudflare.CloudflareDNSApi} and {@link
 * denominator.cloudflare.CloudflareZoneApi} (our API); {@link
 * denominator.cloudflare.CloudflareProvider} (metadata and wiring).
 */
package denominator.cloudflare;
