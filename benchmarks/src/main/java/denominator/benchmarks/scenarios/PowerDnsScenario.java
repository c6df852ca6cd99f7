package denominator.benchmarks.scenarios;

import static denominator.benchmarks.scenarios.EvacuateScenario.check;
import static denominator.benchmarks.scenarios.EvacuateScenario.fmt;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.ResourceRecordSetApi;
import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.Zone;
import denominator.tck.servers.PowerDnsServer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.opentest4j.TestAbortedException;

/**
 * Scenario 3: put N record sets into a fresh zone of a real PowerDNS, as one change set (one PATCH)
 * and as a loop of single-set puts. Timed against the server directly; requests counted in one more
 * run of each through a {@link CountingProxy}.
 */
final class PowerDnsScenario {
  private final Settings settings;
  private final AtomicInteger zones = new AtomicInteger();
  private String lastZone;

  PowerDnsScenario(Settings settings) {
    this.settings = settings;
  }

  interface Variant {
    void run(DNSApi api, String zoneId, ChangeSet changes);
  }

  String report() throws Exception {
    String title = "### 3. Apply changes on a real PowerDNS\n\n";
    PowerDnsServer server;
    try {
      server = PowerDnsServer.start();
    } catch (TestAbortedException e) {
      return title + "Skipped: " + e.getMessage() + "\n\n";
    }
    try (server) {
      int n = settings.powerDnsChanges();
      Variant one =
          (api, zoneId, sets) -> {
            ChangeResult result =
                api.apply(zoneId, sets, ApplyMode.ATOMIC).await(Duration.ofMinutes(5));
            check(result.succeeded(), "change set failed: " + result.failures());
          };
      Variant loop =
          (api, zoneId, sets) -> {
            ResourceRecordSetApi recordSets = api.recordSets(zoneId);
            for (Change change : sets.changes()) {
              recordSets.put(((Change.Put) change).recordSet());
            }
          };
      Result ours = measure(server, one, n);
      Result naive = measure(server, loop, n);
      Table table =
          new Table(
              "variant", "N (changes)", "requests", "wall: median (min–max)", "vs per-set loop");
      table.row(
          "one `ChangeSet` through `apply`",
          fmt(n),
          fmt(ours.requests),
          ours.timing.cell(),
          Timing.ratio(ours.timing.medianMs(), naive.timing.medianMs())
              + " wall, "
              + Timing.ratio(ours.requests, naive.requests)
              + " requests");
      table.row(
          "loop of single-set `put`s", fmt(n), fmt(naive.requests), naive.timing.cell(), "1.00×");
      return title
          + "PowerDNS "
          + version(server)
          + " (sqlite3 backend) on loopback, started"
          + " by the TCK fixture `PowerDnsServer`. Each run puts N new A sets into a fresh,"
          + " empty zone (zone creation not timed).\n\n"
          + table
          + "\n";
    }
  }

  private record Result(int requests, Timing timing) {}

  private Result measure(PowerDnsServer server, Variant variant, int n) throws Exception {
    int requests;
    try (CountingProxy proxy = new CountingProxy(server.apiUrl());
        DNSApiManager manager = manager(proxy.url(), server)) {
      String zoneId = zone(manager.api());
      proxy.reset();
      variant.run(manager.api(), zoneId, ListZoneScenario.sets(n, lastZone));
      requests = proxy.requests();
    }
    try (DNSApiManager manager = manager(server.apiUrl(), server)) {
      String[] zoneId = new String[1];
      ChangeSet[] changes = new ChangeSet[1];
      Timing timing =
          Timing.measure(
              settings.runs(),
              new Timing.Trial() {
                @Override
                public void prepare() {
                  zoneId[0] = zone(manager.api());
                  changes[0] = ListZoneScenario.sets(n, lastZone);
                }

                @Override
                public void run() {
                  variant.run(manager.api(), zoneId[0], changes[0]);
                }
              });
      return new Result(requests, timing);
    }
  }

  private String zone(DNSApi api) {
    String name = "bulk-" + zones.incrementAndGet() + ".denominator.test.";
    lastZone = name;
    return api.zones().put(Zone.create(name, "hostmaster@" + name, 3600));
  }

  private static DNSApiManager manager(String url, PowerDnsServer server) {
    return Denominator.builder()
        .provider("powerdns")
        .url(url)
        .credentials(Credentials.of(Map.of("apiKey", server.apiKey())))
        .build();
  }

  private static String version(PowerDnsServer server) {
    try {
      Process p = new ProcessBuilder("pdns_server", "--version").redirectErrorStream(true).start();
      String out =
          new String(p.getInputStream().readAllBytes())
              .lines()
              .filter(l -> l.contains("PowerDNS Authoritative Server"))
              .findFirst()
              .orElse("");
      p.waitFor();
      return out.replaceAll(".*Server ([^ ]+).*", "$1");
    } catch (Exception e) {
      return "";
    }
  }
}
