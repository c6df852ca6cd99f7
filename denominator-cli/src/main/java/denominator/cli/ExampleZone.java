package denominator.cli;

import denominator.DNSApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.Zone;
import denominator.model.geo.Geo;

/** The zone a fresh mock store starts with, so that the first {@code zone list} shows something. */
final class ExampleZone {
  static final String NAME = "example.com.";

  private ExampleZone() {}

  static void seed(DNSApi api) {
    String id = api.zones().put(Zone.create(NAME, "hostmaster@example.com", 3600));
    ChangeSet sets = ChangeSet.builder()
        .put(set("www.example.com.", "A", 300).add("192.0.2.1").add("192.0.2.2").build())
        .put(set(NAME, "MX", 3600).add("10 mail.example.com.").build())
        .put(set("mail.example.com.", "A", 3600).add("192.0.2.25").build())
        .put(set(NAME, "TXT", 3600).add("\"v=spf1 mx -all\"").build())
        .put(set("api.example.com.", "A", 60).qualifier("europe")
            .geo(Geo.parse("continent:EU")).add("198.51.100.10").build())
        .put(set("api.example.com.", "A", 60).qualifier("elsewhere")
            .geo(Geo.parse("*")).add("198.51.100.20").build())
        .put(set("cdn.example.com.", "A", 60).qualifier("blue")
            .weighted(new Weighted(90)).add("203.0.113.10").build())
        .put(set("cdn.example.com.", "A", 60).qualifier("green")
            .weighted(new Weighted(10)).add("203.0.113.20").build())
        .build();
    api.apply(id, sets, ApplyMode.ATOMIC);
  }

  private static ResourceRecordSet.Builder set(String name, String type, int ttl) {
    return ResourceRecordSet.builder().name(name).type(type).ttl(ttl);
  }
}
