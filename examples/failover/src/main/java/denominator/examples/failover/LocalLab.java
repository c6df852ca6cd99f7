package denominator.examples.failover;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.route53.Route53Simulator;
import denominator.tck.servers.PowerDnsServer;
import denominator.traffic.Target;
import denominator.ultradns.UltraDnsSimulator;
import denominator.verify.VerificationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;

/**
 * Three DNS providers on this machine, serving one zone the same way: the Route53 simulator (with
 * INSYNC a little after each change), the UltraDNS simulator (directional pools, answers given by
 * its resolver) and a real PowerDNS whose Lua records answer by the client's region. Each holds
 * {@code names} geo names with the qualifiers us-east, us-west and eu-west.
 */
final class LocalLab implements AutoCloseable {
  static final String ZONE = "failover.example.";

  private final MockWebServer route53Server = new MockWebServer();
  private final Route53Simulator simulator =
      new Route53Simulator("AKIDLAB", 1).insyncAfter(Duration.ofMillis(200));
  private final MockWebServer ultraDnsServer = new MockWebServer();
  private final UltraDnsSimulator ultraDnsSimulator = new UltraDnsSimulator();
  private final PowerDnsServer powerdns;
  private final DNSApiManager route53;
  private final DNSApiManager ultradns;
  private final DNSApiManager pdns;
  private final AtomicInteger pdnsRequests = new AtomicInteger();
  private final List<Target> targets;

  LocalLab(int names) {
    try {
      route53Server.setDispatcher(simulator);
      route53Server.start();
      ultraDnsServer.setDispatcher(ultraDnsSimulator);
      ultraDnsServer.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    powerdns = PowerDnsServer.start();
    route53 =
        Denominator.builder()
            .provider("route53")
            .url(route53Server.url("/").toString())
            .credentials(Credentials.of("AKIDLAB", "SECRET"))
            .build();
    ultradns =
        Denominator.builder()
            .provider("ultradns")
            .url(ultraDnsServer.url("/").toString())
            .credentials(Credentials.of(Map.of("username", "user", "password", "password")))
            .build();
    pdns =
        Denominator.builder()
            .provider("powerdns")
            .url(powerdns.apiUrl())
            .credentials(Credentials.of(Map.of("apiKey", powerdns.apiKey())))
            .httpLog(
                line -> {
                  if (line.startsWith("--> ")) {
                    pdnsRequests.incrementAndGet();
                  }
                })
            .build();
    // PowerDNS last: the runbook asks the name servers about the last target's sets
    targets =
        List.of(
            seed("route53", route53, names),
            seed("ultradns", ultradns, names),
            seed("powerdns", pdns, names));
  }

  /** The zone at each provider: Route53, UltraDNS, PowerDNS. */
  List<Target> targets() {
    return targets;
  }

  /** Where PowerDNS answers DNS queries. */
  InetSocketAddress powerDnsAddress() {
    return powerdns.dnsAddress();
  }

  /** How the UltraDNS simulator answers clients in each region its geo sets name. */
  VerificationReport ultraDnsAnswers() {
    return new SimulatorAnswers(ultraDnsSimulator, targets.get(1)).verify();
  }

  /** The UltraDNS simulator, to count its requests. */
  UltraDnsSimulator ultraDnsSimulator() {
    return ultraDnsSimulator;
  }

  /** HTTP requests sent to the three providers so far. */
  int requests() {
    return simulator.requests() + ultraDnsSimulator.requests().size() + pdnsRequests.get();
  }

  private static Target seed(String name, DNSApiManager manager, int names) {
    String id = manager.api().zones().put(Zone.create(ZONE, "hostmaster@" + ZONE, 300));
    ChangeSet.Builder sets = ChangeSet.builder();
    for (int i = 0; i < names; i++) {
      String host = "app" + i + "." + ZONE;
      sets.put(geo(host, "us-east", "continent:NA,continent:SA", "192.0.2.1"));
      sets.put(geo(host, "us-west", "continent:AS,continent:OC", "192.0.2.2"));
      // every continent rather than *: UltraDNS's catch-all is a group of its own in a pool, so
      // it cannot share a qualifier with continents; all three providers hold the same sets
      sets.put(geo(host, "eu-west", "continent:AF,continent:AN,continent:EU", "192.0.2.3"));
    }
    manager.api().apply(id, sets.build(), ApplyMode.ATOMIC).await(Duration.ofMinutes(1));
    return new Target(name, manager.api(), id, ZONE);
  }

  private static ResourceRecordSet geo(
      String host, String qualifier, String regions, String address) {
    return ResourceRecordSet.builder()
        .name(host)
        .type("A")
        .ttl(60)
        .qualifier(qualifier)
        .geo(Geo.parse(regions))
        .add(address)
        .build();
  }

  @Override
  public void close() {
    route53.close();
    ultradns.close();
    pdns.close();
    route53Server.close();
    ultraDnsServer.close();
    powerdns.close();
  }
}
