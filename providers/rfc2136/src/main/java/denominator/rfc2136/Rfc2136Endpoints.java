package denominator.rfc2136;

import denominator.ProviderConfig;
import denominator.UnknownOutcomeException;
import denominator.ZoneNotFoundException;
import denominator.http.RetryPolicy;
import denominator.rfc2136.Rfc2136Errors.Operation;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.inject.Inject;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Type;
import org.xbill.DNS.Update;
import org.xbill.DNS.ZoneTransferException;
import org.xbill.DNS.ZoneTransferIn;

/**
 * The three messages this provider sends, each signed with the TSIG key of the credentials as they
 * are now: an SOA query, a zone transfer (AXFR) and an UPDATE (over TCP, which carries up to 65,535
 * octets).
 */
class Rfc2136Endpoints { // not final: tests interpose a concurrent writer, or count messages
  /** How long to wait for an answer, unless the manager's read timeout is shorter. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final ProviderConfig config;
  private final Rfc2136Server server;
  private final Duration timeout;

  @Inject
  Rfc2136Endpoints(ProviderConfig config, Rfc2136Server server) {
    this.config = config;
    this.server = server;
    Duration read = config.http().readTimeout();
    this.timeout = read.isZero() || read.compareTo(TIMEOUT) > 0 ? TIMEOUT : read;
  }

  /** The zone's SOA record, as the server answers it with authority. */
  SOARecord soa(String zone) {
    return retried(() -> soaOnce(zone));
  }

  private SOARecord soaOnce(String zone) {
    Name apex = Name.fromConstantString(zone);
    Message response = send(Message.newQuery(Record.newRecord(apex, Type.SOA, DClass.IN)), false);
    Rfc2136Errors.check(Operation.QUERY, zone, response);
    return response.getSection(Section.ANSWER).stream()
        .filter(SOARecord.class::isInstance)
        .map(SOARecord.class::cast)
        .filter(soa -> soa.getName().equals(apex))
        .findFirst()
        .orElseThrow(
            () ->
                new ZoneNotFoundException(
                    Rfc2136Provider.NAME,
                    zone,
                    "the server's answer holds no SOA of that name: it is not a zone's apex"));
  }

  /**
   * Every record of the zone, by one AXFR. An SOA query goes first so that an unknown zone or a
   * refused key fail with their typed exception (a transfer's failures are only text). Both are
   * reads: a lost or SERVFAIL answer is asked again, within the retry policy.
   */
  List<Record> transfer(String zone) {
    soa(zone);
    return retried(() -> axfr(zone));
  }

  private List<Record> axfr(String zone) {
    ZoneTransferIn xfr =
        ZoneTransferIn.newAXFR(Name.fromConstantString(zone), server.address(), tsig());
    xfr.setTimeout(timeout);
    try {
      xfr.run();
      return xfr.getAXFR();
    } catch (ZoneTransferException e) {
      throw Rfc2136Errors.transfer(zone, e);
    } catch (IOException e) {
      throw Rfc2136Errors.io("zone transfer of " + zone, e);
    }
  }

  /**
   * Runs {@code read} again after an {@link UnknownOutcomeException}, waiting as the manager's
   * {@link RetryPolicy} says, until it answers or the policy's attempts or time run out.
   */
  <T> T retried(Supplier<T> read) {
    Instant start = now();
    for (int attempt = 1; ; attempt++) {
      try {
        return read.get();
      } catch (UnknownOutcomeException e) {
        if (!pause(attempt, start)) {
          throw e;
        }
      }
    }
  }

  Instant now() {
    return config.clock().instant();
  }

  /**
   * Waits before attempt {@code attempt + 1} of something begun at {@code start}; false, without
   * waiting, when the retry policy allows no further attempt.
   */
  boolean pause(int attempt, Instant start) {
    RetryPolicy policy = config.http().retry();
    Duration wait = policy.backoff(attempt - 1, ThreadLocalRandom.current());
    if (!policy.allowsRetry(attempt, wait, Duration.between(start, now()))) {
      return false;
    }
    config.poller().sleep(wait, "attempt " + (attempt + 1));
    return true;
  }

  /** Sends one UPDATE, which the server applies all or nothing. */
  void update(String zone, Update update) {
    Rfc2136Errors.check(Operation.UPDATE, zone, send(update, true));
  }

  private Message send(Message message, boolean tcp) {
    SimpleResolver resolver = new SimpleResolver(server.address());
    resolver.setTCP(tcp);
    resolver.setTimeout(timeout);
    resolver.setTSIGKey(tsig());
    try {
      return resolver.send(message);
    } catch (IOException e) {
      throw Rfc2136Errors.io(
          (tcp ? "UPDATE to " : "query to ") + server.host() + ":" + server.port(), e);
    }
  }

  private TSIG tsig() {
    return Rfc2136Keys.tsig(config.credentials());
  }
}
