/**
 * HTTP plumbing shared by the JSON providers: one configured OkHttp client per provider, with
 * retries that only resend what is safe, and logging that never shows a credential.
 *
 * <p>Start with {@link denominator.http.HttpClients#create(HttpSettings)}. Tag a non-idempotent
 * request that is safe to resend with {@link denominator.http.RetrySafe}.
 */
package denominator.http;
