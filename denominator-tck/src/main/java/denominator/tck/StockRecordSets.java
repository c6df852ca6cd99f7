package denominator.tck;

import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One typical record set per record type, under a test zone, with two values where the type allows
 * several. Addresses are from the documentation ranges 192.0.2.0/24 and 2001:db8::/32.
 */
public final class StockRecordSets {
  private record Stock(String label, String first, String second) {}

  private static final String HEX32 =
      "49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE6A1A9F6B8E6F3E8E3C1F8F8A";
  private static final Map<String, Stock> STOCK =
      Map.ofEntries(
          Map.entry("A", new Stock("www", "192.0.2.1", "192.0.2.2")),
          Map.entry("AAAA", new Stock("www6", "2001:db8::1", "2001:db8::2")),
          Map.entry(
              "CAA",
              new Stock(
                  "caa", "0 issue \"ca.example.net\"", "0 iodef \"mailto:security@example.net\"")),
          Map.entry("CNAME", new Stock("alias", "www.@", null)),
          Map.entry("DS", new Stock("secure", "12345 13 2 " + HEX32, null)),
          Map.entry("HTTPS", new Stock("web", "1 . alpn=h2,h3", null)),
          Map.entry("MX", new Stock("mail", "10 mx1.@", "20 mx2.@")),
          Map.entry(
              "NAPTR",
              new Stock(
                  "sip",
                  "100 10 \"U\" \"E2U+sip\" \"!^.*$!sip:info@example.net!\" .",
                  "100 20 \"S\" \"SIP+D2U\" \"\" _sip._udp.@")),
          Map.entry("NS", new Stock("delegated", "ns1.example.net.", "ns2.example.net.")),
          Map.entry("PTR", new Stock("ptr", "host.@", null)),
          Map.entry("SPF", new Stock("spf", "\"v=spf1 -all\"", null)),
          Map.entry("SRV", new Stock("_sip._tcp", "10 5 5060 sip1.@", "20 5 5060 sip2.@")),
          Map.entry("SSHFP", new Stock("ssh", "4 2 " + HEX32, null)),
          Map.entry("SVCB", new Stock("_svc", "1 svc.@ alpn=h2 port=8443", null)),
          Map.entry("TLSA", new Stock("_443._tcp", "3 1 1 " + HEX32, null)),
          Map.entry(
              "TXT", new Stock("txt", "\"v=spf1 -all\"", "\"hello world\" \"second string\"")));

  /** A set of {@code type} under {@code zone} with one value, if the TCK has stock for it. */
  public static Optional<ResourceRecordSet> one(String type, String zone) {
    return Optional.ofNullable(STOCK.get(type)).map(s -> build(type, zone, s, false));
  }

  /** The same set with every value the stock has for the type, and another TTL. */
  public static Optional<ResourceRecordSet> updated(String type, String zone) {
    return Optional.ofNullable(STOCK.get(type)).map(s -> build(type, zone, s, true));
  }

  /** The same set with its one value and another TTL. */
  public static Optional<ResourceRecordSet> retimed(String type, String zone) {
    return Optional.ofNullable(STOCK.get(type))
        .map(s -> build(type, zone, new Stock(s.label(), s.first(), null), true));
  }

  /**
   * A geo A set at {@code name}, TTL 60, answering {@code address} for {@code regions} (as {@link
   * Geo#parse} reads them, e.g. {@code continent:EU,US-CA}): the shape of a failover lab's sets.
   */
  public static ResourceRecordSet geo(
      String name, String qualifier, String regions, String address) {
    return ResourceRecordSet.builder()
        .name(name)
        .type("A")
        .ttl(60)
        .qualifier(qualifier)
        .geo(Geo.parse(regions))
        .add(address)
        .build();
  }

  private static ResourceRecordSet build(String type, String zone, Stock stock, boolean more) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder()
            .name(stock.label() + "." + zone)
            .type(type)
            .ttl(more ? 600 : 300)
            .add(inZone(stock.first(), zone));
    if (more && stock.second() != null) {
      set.add(inZone(stock.second(), zone));
    }
    return set.build();
  }

  /**
   * {@code value} with each name ending {@code .@} ended by {@code zone} instead; an {@code @}
   * elsewhere, as in {@code mailto:security@example.net}, is kept.
   */
  private static String inZone(String value, String zone) {
    return ZONE_NAME.matcher(value).replaceAll(Matcher.quoteReplacement(zone));
  }

  private static final Pattern ZONE_NAME = Pattern.compile("(?<=\\.)@(?=\\s|$)");

  private StockRecordSets() {}
}
