package denominator.powerdns;

import denominator.ValidationException;
import denominator.model.Names;
import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The provider URL: the server's API base and the options in its query. {@code http://host:port}
 * means {@code http://host:port/api/v1/servers/localhost}; a URL with a {@code /servers/ID} path
 * names the server. The query parameter {@code nameservers} (comma-separated host names, e.g.
 * {@code ?nameservers=ns1.example.net.,ns2.example.net.}) names the NS records of new zones;
 * without it a new zone {@code Z} gets {@code ns1.Z}, the name its SOA gives as primary.
 *
 * @param server the API base, e.g. {@code http://127.0.0.1:8081/api/v1/servers/localhost}
 * @param nameservers the NS records of new zones, absolute; empty for the default
 */
record PowerDnsUrl(HttpUrl server, List<String> nameservers) {

  static PowerDnsUrl parse(String url) {
    HttpUrl parsed = HttpUrl.get(url);
    HttpUrl server =
        parsed.encodedPath().contains("/servers/")
            ? parsed.newBuilder().query(null).build()
            : parsed.newBuilder().encodedPath("/api/v1/servers/localhost").query(null).build();
    String nameservers = parsed.queryParameter("nameservers");
    return new PowerDnsUrl(server, nameservers == null ? List.of() : nameservers(nameservers));
  }

  /** The NS records of a new zone named {@code zone}. */
  List<String> nameserversOf(String zone) {
    return nameservers.isEmpty() ? List.of("ns1." + Names.absolute(zone)) : nameservers;
  }

  private static List<String> nameservers(String names) {
    List<String> list = Arrays.stream(names.split(",")).map(String::strip).toList();
    if (list.stream().anyMatch(n -> n.isEmpty() || n.contains(" "))) {
      throw new ValidationException(
          "powerdns: bad nameservers in the URL",
          names,
          "comma-separated host names, e.g. ns1.example.net.,ns2.example.net.");
    }
    return list.stream().map(Names::absolute).toList();
  }
}
