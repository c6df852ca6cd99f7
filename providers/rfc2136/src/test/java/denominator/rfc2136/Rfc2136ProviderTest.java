package denominator.rfc2136;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.tck.ProviderContract;
import denominator.tck.TestZones;
import denominator.tck.servers.BindServer;
import denominator.tck.servers.RunningServer;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract suite against a real BIND 9 on loopback. DNS cannot create zones, so the tests
 * borrow zones that BIND was started with and empty them afterwards; the zone deletion test is
 * skipped by the suite with the provider's reason.
 */
class Rfc2136ProviderTest extends ProviderContract {
  static final int POOL =
      20; // a @TestFactory takes one zone per record type before it gives any back
  static BindServer server;
  static ZonePool pool;

  @RegisterExtension
  static final RunningServer SERVER =
      new RunningServer(
          () -> {
            server =
                BindServer.start(
                    IntStream.range(0, POOL)
                        .mapToObj(i -> "pool-" + i + ".rfc2136.denominator.test.")
                        .toArray(String[]::new));
            pool = new ZonePool(server.zones());
            return server;
          });

  @Override
  protected DNSApiManager connect() {
    return connect(server.keySecret());
  }

  @Override
  protected Optional<DNSApiManager> connectWithBadCredentials() {
    return Optional.of(connect(Base64.getEncoder().encodeToString(new byte[32])));
  }

  @Override
  protected TestZones testZones() {
    return pool;
  }

  /** Deletes every set but those BindServer made: the apex SOA and NS, and the glue of ns1. */
  static void empty(DNSApi api, String zone) {
    Set<RecordSetKey> kept =
        Set.of(
            RecordSetKey.of(zone, "SOA"),
            RecordSetKey.of(zone, "NS"),
            RecordSetKey.of("ns1." + zone, "A"));
    ChangeSet.Builder deletes = ChangeSet.builder();
    api.recordSets(zone)
        .forEach(
            set -> {
              if (!kept.contains(set.key())) {
                deletes.delete(set.key());
              }
            });
    ChangeSet changes = deletes.build();
    if (!changes.isEmpty() && !api.apply(zone, changes, ApplyMode.ATOMIC).succeeded()) {
      throw new IllegalStateException("could not empty " + zone);
    }
  }

  static DNSApiManager connect(String secret) {
    return Denominator.builder()
        .provider("rfc2136")
        .url(url())
        .credentials(
            Credentials.of(
                Map.of(
                    "keyName",
                    server.keyName(),
                    "keyAlgorithm",
                    server.keyAlgorithm(),
                    "keySecret",
                    secret)))
        .build();
  }

  static String url() {
    return "dns://127.0.0.1:"
        + server.dnsAddress().getPort()
        + "?zones="
        + String.join(",", server.zones());
  }
}
