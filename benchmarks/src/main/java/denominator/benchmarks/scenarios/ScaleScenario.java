package denominator.benchmarks.scenarios;

import static denominator.benchmarks.scenarios.EvacuateScenario.check;
import static denominator.benchmarks.scenarios.EvacuateScenario.fmt;
import static denominator.benchmarks.scenarios.EvacuateScenario.goal;

import denominator.AcrossZones;
import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.http.RequestBudget;
import denominator.http.RequestLimit;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.route53.Route53Provider;
import denominator.route53.Route53Simulator;
import denominator.tck.servers.PowerDnsServer;
import denominator.traffic.OperationResult;
import denominator.traffic.SaviourPolicy;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockWebServer;
import org.opentest4j.TestAbortedException;

/**
 * Scenarios 10 and 11: work across many zones under a vendor's request limit. The Route53 simulator
 * enforces Route53's documented limit (5 requests a second per account, token bucket of 5), and the
 * provider paces every request by the same declared limit, so the floor of the work is its request
 * count divided by the rate, not the CPU.
 */
final class ScaleScenario {
  private static final double RATE = 5; // Route53: requests per second per account
  private static final int BURST = 5;
  private static final int PARALLEL = 8;

  private final Settings settings;

  ScaleScenario(Settings settings) {
    this.settings = settings;
  }

  /** Scenario 10: read every record set of N Route53 zones of 10 A sets each. */
  String readManyZones() throws Exception {
    int zones = settings.quick() ? 40 : 10_000;
    int setsPerZone = 10;
    Route53Simulator simulator = new Route53Simulator();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(simulator);
      server.start();
      for (int z = 0; z < zones; z++) {
        List<String> sets = new ArrayList<>();
        for (int s = 0; s < setsPerZone; s++) {
          sets.add(aSet("host-" + s + ".zone-" + z + ".example.", "192.0.2." + (s + 1)));
        }
        simulator.seedZone("zone-" + z + ".example.", sets);
      }
      simulator.latency(settings.latency());
      simulator.limitRate(RATE, BURST);
      simulator.resetCounts();

      AtomicLong read = new AtomicLong();
      long start = System.nanoTime();
      try (DNSApiManager manager = route53(server)) {
        DNSApi api = manager.api();
        List<Zone> all = new ArrayList<>();
        api.zones().forEach(all::add);
        check(all.size() == zones, "listed " + all.size() + " zones of " + zones);
        AcrossZones.inParallel(PARALLEL)
            .map(
                "read",
                all,
                zone -> {
                  long n = 0;
                  for (Iterator<ResourceRecordSet> i = api.recordSets(zone.id()).iterator();
                      i.hasNext(); ) {
                    i.next();
                    n++;
                  }
                  read.addAndGet(n);
                  return n;
                });
        double wall = (System.nanoTime() - start) / 1e9;
        RequestBudget.Stats budget = manager.budget().stats();
        int requests = simulator.requests();
        double floor = (requests - BURST) / RATE;
        long expected = (long) zones * (setsPerZone + 2); // + SOA and NS
        check(read.get() == expected, "read " + read.get() + " sets of " + expected);
        Table table =
            new Table(
                "zones",
                "record sets read",
                "requests",
                "throttled (all retried)",
                "wall",
                "floor at 5/s",
                "wall / floor");
        table.row(
            fmt(zones),
            String.format("%,d", read.get()),
            fmt(requests) + " (" + operations(simulator) + ")",
            fmt(simulator.throttledByRate()),
            String.format("%.1f s", wall),
            String.format("%.1f s", floor),
            String.format("%.3f×", wall / floor));
        return "### 10. Read every record set of "
            + fmt(zones)
            + " Route53 zones at 5 requests/s\n\n"
            + "The Route53 simulator holds "
            + fmt(zones)
            + " hosted zones of "
            + setsPerZone
            + " A sets each (plus SOA and NS), answers with "
            + settings.latency().toMillis()
            + "–"
            + 2 * settings.latency().toMillis()
            + " ms of latency and throttles (`400 Throttling`) past 5 requests a second per"
            + " account, token bucket of 5, as Route53 documents. The library lists the zones, then"
            + " reads each zone's record sets, "
            + PARALLEL
            + " zones at once (`AcrossZones.inParallel(8)`), every request paced by the"
            + " provider's declared limit (`RequestBudget`: "
            + manager.budget().limits().get(0)
            + "). The floor is the requests beyond the first burst divided by the rate.\n\n"
            + table
            + "\nBudget: "
            + fmt((int) budget.requests())
            + " requests paced, "
            + fmt((int) budget.waits())
            + " waited for their turn, "
            + fmt((int) budget.throttled())
            + " throttled.\n\n"
            + goal(
                "wall ≤ 1.1× the floor", wall <= 1.1 * floor, String.format("%.3f×", wall / floor))
            + goal(
                "zero failed requests and zero 429s not retried",
                read.get() == expected,
                fmt(simulator.throttledByRate()) + " throttled, every zone read in full")
            + "\n";
      }
    }
  }

  /**
   * Scenario 11: evacuate one geo qualifier across N zones at Route53 (simulator, 5 requests/s) and
   * at a real PowerDNS (paced at 50 requests/s, a limit of the operator's: PowerDNS documents none)
   * in one ATOMIC traffic operation of 2N targets.
   */
  String evacuateManyZones() throws Exception {
    int zones = settings.quick() ? 10 : 300;
    int names = 2;
    String title =
        "### 11. Evacuate one qualifier across "
            + fmt(zones)
            + " zones at Route53 and PowerDNS\n\n";
    PowerDnsServer pdns;
    try {
      pdns = PowerDnsServer.start();
    } catch (TestAbortedException e) {
      return title + "Skipped: " + e.getMessage() + "\n\n";
    }
    Route53Simulator simulator = new Route53Simulator();
    try (pdns;
        MockWebServer server = new MockWebServer()) {
      server.setDispatcher(simulator);
      server.start();
      RequestLimit pdnsLimit = RequestLimit.parse("50");
      // PowerDNS's SQLite backend answers 500 ("database is locked") to PATCHes sent at one
      // moment; the provider sends them again (a PATCH names whole rrsets: safe to repeat)
      AtomicLong locked = new AtomicLong();
      List<Target> targets = new ArrayList<>();
      try (DNSApiManager seedRoute53 = route53Unpaced(server);
          DNSApiManager seedPdns =
              powerDns(pdns).requestBudget(RequestBudget.unlimited()).build()) {
        for (int z = 0; z < zones; z++) {
          seed(seedRoute53.api(), "r53-" + z + ".example.", names);
          seed(seedPdns.api(), "pdns-" + z + ".example.", names);
        }
      }
      simulator.latency(settings.latency());
      simulator.limitRate(RATE, BURST);
      simulator.resetCounts();
      try (DNSApiManager route53 = route53(server);
          DNSApiManager powerdns =
              powerDns(pdns)
                  .requestLimit(pdnsLimit)
                  .httpLog(
                      line -> {
                        if (line.startsWith("<-- 5")) {
                          locked.incrementAndGet();
                        }
                      })
                  .build()) {
        long start = System.nanoTime();
        for (DNSApiManager manager : List.of(route53, powerdns)) {
          manager
              .api()
              .zones()
              .iterateWithoutSoa()
              .forEachRemaining(
                  zone ->
                      targets.add(new Target(zone.name(), manager.api(), zone.id(), zone.name())));
        }
        long pdnsBefore = powerdns.budget().stats().requests();
        OperationResult result =
            Traffic.evacuate(
                targets,
                "us-east",
                List.of("us-west", "eu-west"),
                SaviourPolicy.first(),
                ApplyMode.ATOMIC,
                snapshot -> {},
                AcrossZones.inParallel(16));
        double wall = (System.nanoTime() - start) / 1e9;
        check(result.succeeded(), "evacuation failed");
        check(targets.size() == 2 * zones, targets.size() + " targets of " + 2 * zones);
        int r53Requests = simulator.requests();
        long pdnsRequests = powerdns.budget().stats().requests();
        double r53Floor = (r53Requests - BURST) / RATE;
        double pdnsFloor = (pdnsRequests - 1) / 50.0;
        double floor = Math.max(r53Floor, pdnsFloor);
        // per zone: one read of its sets and one atomic batch; plus the zone listings
        int r53Listing = simulator.requests("ListHostedZones");
        int r53Batch = 2 * zones + r53Listing;
        Table table =
            new Table(
                "provider",
                "zones",
                "requests",
                "per-zone batch floor",
                "throttled",
                "rate-limit floor");
        table.row(
            "Route53 (simulator, 5/s)",
            fmt(zones),
            fmt(r53Requests) + " (" + operations(simulator) + ")",
            fmt(r53Batch) + " (1 read + 1 batch per zone, " + r53Listing + " listing pages)",
            fmt(simulator.throttledByRate()),
            String.format("%.1f s", r53Floor));
        table.row(
            "PowerDNS " + "(real, paced at 50/s)",
            fmt(zones),
            fmt((int) pdnsRequests) + " (" + (pdnsRequests - pdnsBefore) + " for the evacuation)",
            fmt(2 * zones + 1) + " (1 read + 1 PATCH per zone, 1 listing)",
            locked.get() + " answered 5xx (SQLite: database is locked), sent again",
            String.format("%.1f s", pdnsFloor));
        return title
            + "Each zone has "
            + names
            + " names with geo sets us-east, us-west and eu-west (ten countries each: 30 Route53"
            + " sets per name). One `Traffic.evacuate` of us-east to us-west and eu-west over all "
            + fmt(2 * zones)
            + " targets, ATOMIC, 16 at once (`AcrossZones.inParallel(16)`), the two providers'"
            + " targets taking turns; each provider's requests paced by its own budget (Route53's"
            + " declared 5/s; PowerDNS `requestLimit(50/1)`). The zones are listed without their"
            + " SOA (`iterateWithoutSoa`); each zone is read once for its plan (`DNSApi.read`)."
            + " Route53 writes the plan's batch without reading again (its DELETEs name the values"
            + " read, so a stale batch is refused); PowerDNS reads the zone once more right before"
            + " its PATCH, which has no precondition and rewrites whole rrsets, other tools' Lua"
            + " records included: a PATCH written from a read a minute old would drop what they"
            + " wrote since. Wall includes listing the zones. Route53 latency "
            + settings.latency().toMillis()
            + "–"
            + 2 * settings.latency().toMillis()
            + " ms.\n\n"
            + table
            + "\nWall: "
            + String.format("%.1f s", wall)
            + " against a floor of "
            + String.format("%.1f s", floor)
            + " (the slower provider's requests over its rate).\n\n"
            + goal(
                "Route53 requests at the per-zone batch floor",
                r53Requests <= r53Batch,
                fmt(r53Requests) + " of " + fmt(r53Batch))
            + goal(
                "PowerDNS requests at the per-zone batch floor",
                pdnsRequests <= 2L * zones + 1,
                fmt((int) pdnsRequests) + " of " + fmt(2 * zones + 1))
            + goal(
                "wall ≤ 1.1× the rate-limit floor",
                wall <= 1.1 * floor,
                String.format("%.3f×", wall / floor))
            + "\n";
      }
    }
  }

  private static void seed(DNSApi api, String zoneName, int names) {
    String id = api.zones().put(Zone.create(zoneName, "hostmaster@" + zoneName, 3600));
    check(
        api.apply(id, GeoZone.sets(zoneName, names), ApplyMode.ATOMIC).succeeded(),
        "seeding " + zoneName + " failed");
  }

  private static DNSApiManager route53(MockWebServer server) {
    return Denominator.builder()
        .provider(new Route53Provider())
        .url(server.url("/").toString())
        .credentials(Credentials.of("AKID", "SECRET"))
        .build();
  }

  private static DNSApiManager route53Unpaced(MockWebServer server) {
    return Denominator.builder()
        .provider(new Route53Provider())
        .url(server.url("/").toString())
        .credentials(Credentials.of("AKID", "SECRET"))
        .requestBudget(RequestBudget.unlimited())
        .build();
  }

  private static Denominator.Builder powerDns(PowerDnsServer server) {
    return Denominator.builder()
        .provider("powerdns")
        .url(server.apiUrl())
        .credentials(Credentials.of(Map.of("apiKey", server.apiKey())));
  }

  private static String aSet(String name, String address) {
    return "<ResourceRecordSet><Name>"
        + name
        + "</Name><Type>A</Type><TTL>300</TTL><ResourceRecords><ResourceRecord><Value>"
        + address
        + "</Value></ResourceRecord></ResourceRecords></ResourceRecordSet>";
  }

  private static String operations(Route53Simulator simulator) {
    StringBuilder cell = new StringBuilder();
    simulator
        .requestCounts()
        .forEach(
            (operation, count) ->
                cell.append(cell.length() == 0 ? "" : ", ")
                    .append(fmt(count))
                    .append(' ')
                    .append(operation));
    return cell.toString();
  }
}
