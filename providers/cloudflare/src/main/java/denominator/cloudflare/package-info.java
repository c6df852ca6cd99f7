/** Cloudflare through its API v4. */
package denominator.cloudflare;
