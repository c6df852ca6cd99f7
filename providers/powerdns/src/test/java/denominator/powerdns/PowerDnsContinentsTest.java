package denominator.powerdns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.GeoResourceRecordSetApi;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xbill.DNS.Type;

/**
 * Each canonical continent serves exactly its canonical countries, where PowerDNS's GeoIP grouping
 * differs too, asked over DNS with EDNS Client Subnet.
 */
class PowerDnsContinentsTest {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  /**
   * A /24 that Debian's GeoIP.dat (legacy country edition) places in each country, found by walking
   * the database's tree and checked with PowerDNS's own {@code countryCode()}: the four countries
   * GeoIP groups differently, the countries near continent borders, one per continent.
   */
  static final Map<String, String> SUBNETS = new LinkedHashMap<>();

  static {
    SUBNETS.put("TR", "2.56.60.0/24");
    SUBNETS.put("CY", "5.253.84.0/24");
    SUBNETS.put("CX", "104.224.54.0/24");
    SUBNETS.put("TL", "43.254.56.0/24");
    SUBNETS.put("RU", "1.2.3.0/24");
    SUBNETS.put("EG", "23.236.140.0/24");
    SUBNETS.put("MX", "8.14.224.0/24");
    SUBNETS.put("PA", "8.243.224.0/24");
    SUBNETS.put("GL", "37.18.44.0/24");
    SUBNETS.put("AQ", "23.154.160.0/24");
    SUBNETS.put("DE", "2.16.6.0/24");
    SUBNETS.put("JP", "1.0.16.0/24");
    SUBNETS.put("US", "1.32.232.0/24");
    SUBNETS.put("BR", "2.16.188.0/24");
    SUBNETS.put("AU", "1.0.0.0/24");
    SUBNETS.put("ZA", "5.188.120.0/24");
  }

  DNSApiManager manager;
  Zone zone;

  @BeforeEach
  void createZone() {
    server.requireGeo();
    manager =
        Denominator.builder()
            .provider("powerdns")
            .url(server.apiUrl())
            .credentials(Credentials.of(Map.of("apiKey", server.apiKey())))
            .build();
    String name = "geo-" + UUID.randomUUID().toString().substring(0, 8) + ".denominator.test.";
    zone =
        new Zone(
            manager.api().zones().put(Zone.create(name, "hostmaster@" + name, 3600)),
            name,
            "hostmaster@" + name,
            3600);
  }

  @AfterEach
  void deleteZone() {
    if (manager != null) {
      manager.api().zones().delete(zone.id());
      manager.close();
    }
  }

  @Test
  void eachContinentServesItsCanonicalCountries() throws Exception {
    String www = "www." + zone.name();
    GeoResourceRecordSetApi geo = manager.api().geoRecordSets(zone.id()).orElseThrow();
    List<Region> continents = Regions.all(RegionKind.CONTINENT).toList();
    Map<String, String> answerOf = new LinkedHashMap<>();
    for (int i = 0; i < continents.size(); i++) {
      String code = continents.get(i).code();
      answerOf.put(code, "192.0.2." + (i + 1));
      geo.put(
          ResourceRecordSet.builder()
              .name(www)
              .type("A")
              .qualifier(code.substring(10))
              .ttl(60)
              .geo(Geo.parse(code))
              .add("192.0.2." + (i + 1))
              .build());
    }

    Map<String, String> served = new LinkedHashMap<>();
    Map<String, String> expected = new LinkedHashMap<>();
    for (var sample : SUBNETS.entrySet()) {
      String continent = Regions.require(sample.getKey()).parent().orElseThrow().code();
      expected.put(sample.getKey(), answerOf.get(continent));
      served.put(
          sample.getKey(),
          String.join(
              ",",
              PowerDnsAnswersTest.answers(server.dnsAddress(), www, Type.A, sample.getValue())));
    }

    assertThat(served).isEqualTo(expected);
    assertThat(manager.api().geoRecordSets(zone.id()).orElseThrow().iterator())
        .toIterable()
        .extracting(s -> s.geo().orElseThrow().toString())
        .containsExactlyInAnyOrderElementsOf(continents.stream().map(Region::code).toList());
  }
}
