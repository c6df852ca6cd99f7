package denominator.rfc2136;

import dagger.BindsInstance;
import dagger.Component;
import denominator.CredentialForm;
import denominator.DNSApi;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.RecordProfile;

/**
 * Any authoritative server that takes DNS UPDATE (RFC 2136) and zone transfers signed with TSIG
 * (RFC 8945), such as BIND 9: name {@code rfc2136}, credentials {@code keyName}, {@code
 * keyAlgorithm} (e.g. {@code hmac-sha256}) and {@code keySecret} (base64), or {@code keyName} and
 * {@code keySecret} for {@code hmac-sha256}; URL {@code dns://host[:port]?zones=a.test.,b.test.}.
 *
 * <p>DNS has no message that lists, creates or deletes zones: the URL names the zones that {@code
 * zones()} lists, while a zone asked for by name is looked up on the server (SOA query). {@code
 * zones().put} of a zone the server does not serve and {@code zones().delete} throw {@link
 * denominator.UnsupportedCapabilityException}.
 *
 * <p>Reads are zone transfers (AXFR), so every lookup costs a transfer of the whole zone. Writes
 * read the zone, then send UPDATE messages with prerequisites, so a concurrent change of the same
 * sets fails cleanly with {@link denominator.InvalidChangeException} instead of being overwritten.
 * Each message of up to {@value Rfc2136Updates#MAX_CHANGES} changes is applied all or nothing; an
 * ATOMIC change set of several messages undoes those applied when a later one fails. Changes the
 * server would silently ignore (a CNAME beside other data, a DS without NS) are refused before
 * sending. DS is not among the declared types: it is written only where an NS set is.
 *
 * <p>No documented request limit (the server is one's own), and none to set: DNS messages are not
 * HTTP requests, and the request budget does not pace them.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2136">RFC 2136, DNS UPDATE</a>
 */
public final class Rfc2136Provider implements Provider {
  static final String NAME = "rfc2136";

  /** The types written (DS too, but only where an NS set is, so it is not declared). */
  private static final String[] TYPES = {
    "A", "AAAA", "CAA", "CNAME", "HTTPS", "MX", "NAPTR", "NS", "PTR", "SOA", "SPF", "SRV", "SSHFP",
    "SVCB", "TLSA", "TXT"
  };

  static final ProviderMetadata METADATA =
      ProviderMetadata.builder(NAME)
          .defaultUrl("dns://127.0.0.1:53")
          .credentialForm(
              CredentialForm.of(
                  "tsigKey",
                  Rfc2136Keys.KEY_NAME,
                  Rfc2136Keys.KEY_ALGORITHM,
                  Rfc2136Keys.KEY_SECRET))
          .credentialForm(
              CredentialForm.of("tsigKeyHmacSha256", Rfc2136Keys.KEY_NAME, Rfc2136Keys.KEY_SECRET))
          .recordTypes(RecordProfile.ROUND_ROBIN, TYPES)
          .atomicChangeSets(true, Rfc2136Updates.MAX_CHANGES)
          .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    return DaggerRfc2136Provider_Wiring.factory()
        .create(config, Rfc2136Server.parse(config.url()))
        .api();
  }

  @Override
  public String toString() {
    return "Rfc2136Provider";
  }

  /** Wires the API of one server from its configuration. */
  @Component
  interface Wiring {
    Rfc2136DNSApi api();

    @Component.Factory
    interface Factory {
      Wiring create(@BindsInstance ProviderConfig config, @BindsInstance Rfc2136Server server);
    }
  }
}
