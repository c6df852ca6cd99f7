package denominator.cli;

import com.google.gson.JsonObject;
import denominator.DenominatorException;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import denominator.verify.Check;
import denominator.verify.VerificationReport;
import denominator.verify.Verifier;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * Asks the authoritative servers about record sets ({@link Verifier}) and prints a line, or with
 * {@code -o json} a JSON event, per answer; the command fails when an answer differs.
 */
final class AnswerCheck {
  private AnswerCheck() {}

  /**
   * Verifies {@code sets} against {@code servers}, geo sets only from {@code only} (all regions
   * when empty), asking failing questions again until {@code deadline}.
   *
   * @throws DenominatorException when nothing could be asked or an answer differs (exit 1)
   */
  static void run(
      Session session,
      List<InetSocketAddress> servers,
      List<ResourceRecordSet> sets,
      Duration deadline,
      List<Region> only) {
    VerificationReport report =
        Verifier.of(servers)
            .onlyRegions(only)
            .withDeadline(deadline, Duration.ofSeconds(1))
            .verify(sets);
    for (Check check : report.checks()) {
      session.out().println(session.json() ? event(check) : check.toString());
    }
    report.unchecked().forEach(note -> session.note("not checked: " + note));
    session.out().flush();
    if (report.checks().isEmpty()) {
      throw new DenominatorException(
          "verified nothing: no question could be asked"
              + (report.unchecked().isEmpty()
                  ? ""
                  : " (" + String.join("; ", report.unchecked()) + ")"));
    }
    if (!report.ok()) {
      throw new DenominatorException(
          report.failures().size()
              + " of "
              + report.checks().size()
              + " answers differ from what the provider holds");
    }
  }

  private static JsonObject event(Check check) {
    JsonObject event = new JsonObject();
    event.addProperty("event", "verify");
    event.addProperty("ok", check.ok());
    event.addProperty("server", check.server());
    event.addProperty("name", check.name());
    event.addProperty("type", check.type());
    event.addProperty("region", check.region());
    event.addProperty("expected", check.expected().toString());
    event.addProperty("seen", check.seen().toString());
    if (!check.error().isEmpty()) {
      event.addProperty("error", check.error());
    }
    return event;
  }
}
