package denominator.cli;

import denominator.DenominatorException;
import denominator.ValidationException;
import denominator.model.Zone;
import denominator.verify.Verifier;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The repeatable {@code --server HOST:PORT} of the commands that ask authoritative servers; without
 * it they ask the zone's name servers.
 */
final class ServerOption {
  List<String> named = new ArrayList<>();

  ServerOption(CommandSpec spec) {
    Options.add(
        spec,
        Options.list(
            String.class,
            "--server",
            "HOST:PORT",
            "ask this server (repeatable; default: the zone's NS on port 53)",
            v -> named = v));
  }

  /** Throws unless every value is HOST:PORT with a port from 1 to 65535; looks nothing up. */
  void check() {
    named.forEach(ServerOption::check);
  }

  /** The servers named with {@code --server}, or else the zone's name servers on port 53. */
  List<InetSocketAddress> addresses(Session session, Zone zone) {
    if (!named.isEmpty()) {
      return named.stream().map(ServerOption::address).toList();
    }
    try {
      List<InetSocketAddress> found = Verifier.nameServers(session.api(), zone.id(), zone.name());
      if (found.isEmpty()) {
        throw new DenominatorException(
            "nothing to verify against: "
                + zone.name()
                + " has no NS records at the provider; name a server with --server HOST:PORT");
      }
      return found;
    } catch (UnknownHostException e) {
      throw new DenominatorException(
          "cannot resolve the name servers of "
              + zone.name()
              + ": "
              + e.getMessage()
              + "; name them with --server",
          e);
    }
  }

  /** A {@code --server} value, checked as {@link #check} does; the host is resolved. */
  private static InetSocketAddress address(String text) {
    check(text);
    int colon = text.lastIndexOf(':');
    return new InetSocketAddress(
        text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
  }

  private static void check(String text) {
    int colon = text.lastIndexOf(':');
    String port = colon < 0 ? "" : text.substring(colon + 1);
    if (colon < 1
        || !port.matches("[0-9]{1,5}")
        || Integer.parseInt(port) < 1
        || Integer.parseInt(port) > 65535) {
      throw new ValidationException(
          "bad server", text, "HOST:PORT with a port from 1 to 65535, e.g. 127.0.0.1:5300");
    }
  }
}
