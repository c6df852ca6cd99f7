package denominator.tck.faults;

import java.util.List;

/**
 * Stands between the provider under test and its server on loopback, passes messages through, and
 * makes one {@link Fault} happen: {@link FaultProxy} for HTTP APIs, {@link DnsFaultProxy} for DNS.
 */
public interface FaultInjector extends AutoCloseable {
  /** The URL the provider under test connects to instead of its server's. */
  String url();

  /** Injects {@code fault} from the next message on (null for none), counting from zero. */
  void inject(Fault fault);

  /** Requests received since {@link #inject}. */
  int received();

  /** The requests that met the fault, in order: the HTTP method or the DNS operation. */
  List<String> hit();

  /** Whether a write (an HTTP method other than GET, a DNS UPDATE) met the fault. */
  boolean hitAWrite();

  @Override
  void close();
}
