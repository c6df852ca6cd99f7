package denominator.rfc2136;

import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.ZoneNotFoundException;
import denominator.rfc2136.Rfc2136Errors.Operation;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.Update;
import org.xbill.DNS.ZoneTransferException;
import org.xbill.DNS.ZoneTransferIn;

/**
 * The three messages this provider sends, each signed with the TSIG key of the credentials as
 * they are now: an SOA query, a zone transfer (AXFR) and an UPDATE (over TCP, which carries up to
 * 65,535 octets).
 */
class Rfc2136Api { // not final: a test interposes a concurrent writer between read and UPDATE
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final ProviderConfig config;
  private final Rfc2136Endpoint endpoint;

  @Inject
  Rfc2136Api(ProviderConfig config, Rfc2136Endpoint endpoint) {
    this.config = config;
    this.endpoint = endpoint;
  }

  /** The zone's SOA record, as the server answers it with authority. */
  SOARecord soa(String zone) {
    Message response = send(Message.newQuery(Record.newRecord(name(zone), Type.SOA, DClass.IN)),
        false);
    Rfc2136Errors.check(Operation.QUERY, zone, response);
    return response.getSection(Section.ANSWER).stream()
        .filter(SOARecord.class::isInstance).map(SOARecord.class::cast)
        .filter(soa -> soa.getName().equals(name(zone))).findFirst()
        .orElseThrow(() -> new ZoneNotFoundException(Rfc2136Provider.NAME, zone));
  }

  /**
   * Every record of the zone, by one AXFR. An SOA query goes first so that an unknown zone or a
   * refused key fail with their typed exception (a transfer's failures are only text).
   */
  List<Record> transfer(String zone) {
    soa(zone);
    ZoneTransferIn xfr = ZoneTransferIn.newAXFR(name(zone), endpoint.address(), tsig());
    xfr.setTimeout(TIMEOUT);
    try {
      xfr.run();
      return xfr.getAXFR();
    } catch (ZoneTransferException e) {
      throw new DenominatorException(Rfc2136Provider.NAME + ": zone transfer of " + zone
          + " failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Rfc2136Errors.io("zone transfer of " + zone, e);
    }
  }

  /** Sends one UPDATE, which the server applies all or nothing. */
  void update(String zone, Update update) {
    Rfc2136Errors.check(Operation.UPDATE, zone, send(update, true));
  }

  private Message send(Message message, boolean tcp) {
    SimpleResolver resolver = new SimpleResolver(endpoint.address());
    resolver.setTCP(tcp);
    resolver.setTimeout(TIMEOUT);
    resolver.setTSIGKey(tsig());
    try {
      return resolver.send(message);
    } catch (IOException e) {
      throw Rfc2136Errors.io((tcp ? "UPDATE to " : "query to ") + endpoint.host() + ":"
          + endpoint.port(), e);
    }
  }

  private TSIG tsig() {
    return Rfc2136Keys.tsig(config.credentials());
  }

  static Name name(String absolute) {
    try {
      return Name.fromString(absolute);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("not a domain name: " + absolute, e);
    }
  }
}
