package denominator.mock;

import denominator.DNSApi;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.model.geo.RegionKind;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded provider: real software, not a test stub. It keeps zones and record sets of every
 * profile in memory ({@code mem:}, or {@code mem:NAME} shared by every manager of this JVM that
 * names it) or in a JSON file ({@code file:PATH}, {@code ~} for the home directory) that several
 * processes can share. It enforces the rules real providers do (see {@link
 * denominator.change.ZoneRules}).
 */
public final class MockProvider implements Provider {
  /** The name it is found by. */
  public static final String NAME = "mock";

  private static final String[] TYPES = {
    "A", "AAAA", "CAA", "CNAME", "DS", "HTTPS", "MX", "NAPTR", "NS", "PTR", "SOA", "SPF", "SRV",
    "SSHFP", "SVCB", "TLSA", "TXT"
  };
  private static final String[] QUALIFIED_TYPES = {
    "A", "AAAA", "CAA", "CNAME", "HTTPS", "MX", "NAPTR", "PTR", "SPF", "SRV", "SSHFP", "SVCB",
    "TLSA", "TXT"
  };
  static final ProviderMetadata METADATA =
      ProviderMetadata.builder(NAME)
          .defaultUrl("mem:")
          .recordTypes(RecordProfile.ROUND_ROBIN, TYPES)
          .recordTypes(RecordProfile.GEO, QUALIFIED_TYPES)
          .recordTypes(RecordProfile.WEIGHTED, QUALIFIED_TYPES)
          .atomicChangeSets(true, 10_000)
          .geoRegionKinds(RegionKind.values())
          .weights(0, 1000)
          .build();
  private static final Map<String, MockStore> NAMED = new ConcurrentHashMap<>();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    return new MockDNSApi(
        store(config.url()), config.maxChangesPerBatch(METADATA.maxChangesPerBatch()));
  }

  private static MockStore store(String url) {
    if (url.equals("mem:")) {
      return new InMemoryStore();
    }
    if (url.startsWith("mem:")) {
      return NAMED.computeIfAbsent(url.substring(4), name -> new InMemoryStore());
    }
    if (url.startsWith("file:") && url.length() > 5) {
      String path = url.substring(5);
      if (path.startsWith("~/")) {
        path = System.getProperty("user.home") + path.substring(1);
      }
      return new FileStore(Path.of(path));
    }
    throw new ValidationException("mock: bad url", url, "mem:, mem:NAME or file:PATH");
  }

  @Override
  public String toString() {
    return "MockProvider";
  }
}
