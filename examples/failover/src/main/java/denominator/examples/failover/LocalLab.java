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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;

/**
 * Two DNS providers on this machine, serving one zone the same way: the Route53 simulator (with
 * INSYNC a little after each change) and a real PowerDNS whose Lua records answer by the client's
 * region. Both hold {@code names} geo names with the qualifiers us-east, us-west and eu-west.
 */
final class LocalLab implements AutoCloseable {
  static final String ZONE = "failover.example.";

  private final MockWebServer route53Server = new MockWebServer();
  private final Route53Simulator simulator =
      new Route53Simulator("AKIDLAB", 1).insyncAfter(Duration.ofMillis(200));
  private final PowerDnsServer powerdns;
  private final DNSApiManager route53;
  private final DNSApiManager pdns;
  private final AtomicInteger pdnsRequests = new AtomicInteger();
  private final List<Target> targets;

  LocalLab(int names) {
    try {
      route53Server.setDispatcher(simulator);
      route53Server.start();
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
    targets = List.of(seed("route53", route53, names), seed("powerdns", pdns, names));
  }

  /** The zone at each provider, Route53 first. */
  List<Target> targets() {
    return targets;
  }

  /** Where PowerDNS answers DNS queries. */
  InetSocketAddress powerDnsAddress() {
    return powerdns.dnsAddress();
  }

  /** HTTP requests sent to both providers so far. */
  int requests() {
    return simulator.requests() + pdnsRequests.get();
  }

  private static Target seed(String name, DNSApiManager manager, int names) {
    String id = manager.api().zones().put(Zone.create(ZONE, "hostmaster@" + ZONE, 300));
    ChangeSet.Builder sets = ChangeSet.builder();
    for (int i = 0; i < names; i++) {
      String host = "app" + i + "." + ZONE;
      sets.put(geo(host, "us-east", "continent:NA,continent:SA", "192.0.2.1"));
      sets.put(geo(host, "us-west", "continent:AS,continent:OC", "192.0.2.2"));
      sets.put(geo(host, "eu-west", "*,continent:AF,continent:EU", "192.0.2.3"));
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
    pdns.close();
    route53Server.close();
    powerdns.close();
  }
}
