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
    throw switch (rcode) {
      case Rcode.NOTAUTH ->
          tsig == null && operation == Operation.UPDATE
              ? new AuthenticationException(Rfc2136Provider.NAME, "NOTAUTH for zone " + zone)
              : new ZoneNotFoundException(
                  Rfc2136Provider.NAME,
                  zone,
                  "the server answered NOTAUTH: it is not authoritative for it");
      case Rcode.REFUSED ->
          operation == Operation.UPDATE
              ? new InvalidChangeException(
                  Rfc2136Provider.NAME,
                  List.of(
                      "REFUSED: the server "
                          + "refused the update of "
                          + zone
                          + ": its update-policy does not grant the key "
                          + "these names and types, or a check failed (BIND: an MX or SRV target without "
                          + "address); its log says which"))
              : new ZoneNotFoundException(
                  Rfc2136Provider.NAME, zone, "the server answered REFUSED: it does not serve it");
      case Rcode.YXDOMAIN, Rcode.YXRRSET, Rcode.NXDOMAIN, Rcode.NXRRSET ->
          new InvalidChangeException(
              Rfc2136Provider.NAME,
              List.of(
                  "concurrent change: "
                      + Rcode.string(rcode)
                      + ": record sets of "
                      + zone
                      + " changed since they were read; nothing was applied"));
      case Rcode.NOTZONE ->
          new InvalidChangeException(
              Rfc2136Provider.NAME, List.of("NOTZONE: a name is not within zone " + zone));
      case Rcode.FORMERR ->
          new InvalidChangeException(
              Rfc2136Provider.NAME,
              List.of("FORMERR: the server could not read the update of " + zone));
      case Rcode.SERVFAIL ->
          new UnknownOutcomeException(
              Rfc2136Provider.NAME + ": " + operation + " of zone " + zone + ": SERVFAIL",
              null); // the server failed, maybe midway
      default ->
          new DenominatorException(
              Rfc2136Provider.NAME
                  + ": "
                  + operation
                  + " of zone "
                  + zone
                  + " failed: "
                  + Rcode.string(rcode));
    };
  }

  /** No answer, or none that could be read: the server may have acted. */
  static DenominatorException io(String what, IOException e) {
    return new UnknownOutcomeException(Rfc2136Provider.NAME + ": " + what + ": " + e, e);
  }

  private Rfc2136Errors() {}
}
