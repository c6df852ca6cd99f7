package denominator.rfc2136;

import denominator.ValidationException;
import denominator.model.Names;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the server is and which of its zones to manage, from a URL such as {@code
 * dns://127.0.0.1:5300?zones=a.test.,b.test.}: port 53 by default; DNS has no message that lists a
 * server's zones, so the URL names them.
 */
record Rfc2136Server(String host, int port, List<String> zones) {
  static final String EXPECTED =
      "dns://host[:port][?zones=zone.,zone.] e.g. " + "dns://127.0.0.1:53?zones=example.com.";

  static Rfc2136Server parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw bad(url);
    }
    if (!"dns".equalsIgnoreCase(uri.getScheme())
        || uri.getHost() == null
        || uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
      throw bad(url);
    }
    return new Rfc2136Server(
        uri.getHost(), uri.getPort() == -1 ? 53 : uri.getPort(), zones(url, uri.getQuery()));
  }

  InetSocketAddress address() {
    return new InetSocketAddress(host, port);
  }

  private static List<String> zones(String url, String query) {
    if (query == null || query.isEmpty()) {
      return List.of();
    }
    if (!query.startsWith("zones=") || query.contains("&")) {
      throw bad(url);
    }
    return Stream.of(query.substring("zones=".length()).split(","))
        .filter(z -> !z.isBlank())
        .map(Names::absolute)
        .distinct()
        .toList();
  }

  private static ValidationException bad(String url) {
    return new ValidationException(Rfc2136Provider.NAME + ": bad url", url, EXPECTED);
  }
}
