package denominator.rfc2136;

import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.ZoneNotFoundException;
import java.io.IOException;
import java.util.List;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.TSIGRecord;
import org.xbill.DNS.ZoneTransferException;

/**
 * The server's answer to typed exceptions. A TSIG error (BADKEY, BADSIG, BADTIME) or an answer not
 * signed by the key is an authentication failure (BIND answers a wrong key with BADKEY or BADSIG).
 * An UPDATE signed with the right key that the server REFUSED is an invalid change: its
 * update-policy does not grant the key those names, or its checks refused the data; the rcode does
 * not say which. A query the server refuses or is not authoritative for names an unknown zone. A
 * failed prerequisite of an UPDATE means the records changed since they were read.
 */
final class Rfc2136Errors {
  /** The kind of message answered. */
  enum Operation {
    QUERY,
    UPDATE
  }

  static void check(Operation operation, String zone, Message response) {
    TSIGRecord tsig = response.getTSIG();
    if (tsig != null && tsig.getError() != Rcode.NOERROR) {
      throw new AuthenticationException(
          Rfc2136Provider.NAME, "TSIG " + Rcode.TSIGstring(tsig.getError()) + " for zone " + zone);
    }
    int rcode = response.getRcode();
    if (rcode == Rcode.NOERROR || rcode == Rcode.NXDOMAIN && operation == Operation.QUERY) {
      if (!response.isVerified()) {
        throw new AuthenticationException(
            Rfc2136Provider.NAME, "the answer for zone " + zone + " is not signed with the key");
      }
      return;
    }
    String name = Rcode.string(rcode);
    throw switch (rcode) {
      case Rcode.NOTAUTH ->
          tsig == null && operation == Operation.UPDATE
              ? new AuthenticationException(Rfc2136Provider.NAME, "NOTAUTH for zone " + zone)
              : notFound(zone, "NOTAUTH: it is not authoritative for it");
      case Rcode.REFUSED ->
          operation == Operation.UPDATE
              ? invalid(
                  "REFUSED: the server refused the update of "
                      + zone
                      + ": its update-policy does not grant the key these names and types, or a"
                      + " check failed (BIND: an MX or SRV target without address); its log says"
                      + " which")
              : notFound(zone, "REFUSED: it does not serve it");
      case Rcode.YXDOMAIN, Rcode.YXRRSET, Rcode.NXDOMAIN, Rcode.NXRRSET ->
          invalid(
              "concurrent change: "
                  + name
                  + ": record sets of "
                  + zone
                  + " changed since they were read; nothing was applied");
      case Rcode.NOTZONE -> invalid("NOTZONE: a name is not within zone " + zone);
      case Rcode.FORMERR -> invalid("FORMERR: the server could not read the update of " + zone);
      case Rcode.SERVFAIL -> // the server failed, maybe midway
          new UnknownOutcomeException(
              Rfc2136Provider.NAME + ": " + operation + " of zone " + zone + ": SERVFAIL", null);
      default ->
          new DenominatorException(
              Rfc2136Provider.NAME + ": " + operation + " of zone " + zone + " failed: " + name);
    };
  }

  /** A zone transfer's failure, whose message is the rcode or a TSIG failure. */
  static DenominatorException transfer(String zone, ZoneTransferException e) {
    String why = String.valueOf(e.getMessage());
    if (why.equals("NOTAUTH") || why.contains("TSIG") || why.startsWith("BAD")) {
      return new AuthenticationException(
          Rfc2136Provider.NAME,
          "zone transfer of "
              + zone
              + ": "
              + why
              + " (a key the server does not know, or may not transfer with)");
    }
    return new DenominatorException(
        Rfc2136Provider.NAME + ": zone transfer of " + zone + " failed: " + why, e);
  }

  static InvalidChangeException invalid(String message) {
    return new InvalidChangeException(Rfc2136Provider.NAME, List.of(message));
  }

  private static ZoneNotFoundException notFound(String zone, String answer) {
    return new ZoneNotFoundException(Rfc2136Provider.NAME, zone, "the server answered " + answer);
  }

  /** No answer, or none that could be read: the server may have acted. */
  static DenominatorException io(String what, IOException e) {
    return new UnknownOutcomeException(Rfc2136Provider.NAME + ": " + what + ": " + e, e);
  }

  private Rfc2136Errors() {}
}
