package denominator.examples.failover;

import denominator.change.ApplyMode;
import denominator.model.ResourceRecordSet;
import denominator.traffic.OperationResult;
import denominator.traffic.SaviourPolicy;
import denominator.traffic.Snapshot;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import denominator.verify.VerificationReport;
import denominator.verify.Verifier;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What failover tooling does when a region is sick, at every provider at once: plan the evacuation
 * of a geo qualifier, save the snapshot, apply one atomic change set per provider, wait until the
 * providers serve it, prove with EDNS Client Subnet queries that the authoritative servers answer
 * the saviours, and later restore exactly what was there.
 *
 * <p>{@code ./examples/failover/run [NAMES]} runs it against a local lab: the Route53 simulator,
 * the UltraDNS simulator and a real PowerDNS, each serving NAMES (default 200) geo names. PowerDNS
 * is verified by DNS queries, UltraDNS by its simulator's resolver (it serves no DNS).
 */
public final class FailoverRunbook {
  private final List<Target> targets;
  private final List<InetSocketAddress> nameServers;
  private final List<Supplier<VerificationReport>> simulated;
  private final Path snapshotFile;
  private final PrintStream out;

  FailoverRunbook(
      List<Target> targets,
      List<InetSocketAddress> nameServers,
      List<Supplier<VerificationReport>> simulated,
      Path snapshotFile,
      PrintStream out) {
    this.targets = targets;
    this.nameServers = nameServers;
    this.simulated = List.copyOf(simulated);
    this.snapshotFile = snapshotFile;
    this.out = out;
  }

  /** What one run did: the evacuation, both verifications and the restore. */
  record Outcome(
      OperationResult evacuated,
      VerificationReport during,
      OperationResult restored,
      VerificationReport after,
      long millis) {
    boolean ok() {
      return evacuated.succeeded() && during.ok() && restored.succeeded() && after.ok();
    }
  }

  /** Evacuates {@code from} to {@code saviours}, verifies, restores, verifies again. */
  Outcome run(String from, List<String> saviours, Timeline timeline) {
    Snapshot snapshot =
        Traffic.planEvacuation(targets, from, saviours, SaviourPolicy.nearestByContinent());
    timeline.step("plan " + changes(snapshot) + " changes at " + targets.size() + " providers");
    save(snapshot);
    timeline.step("save snapshot");
    OperationResult evacuated = Traffic.apply(targets, snapshot, ApplyMode.ATOMIC);
    timeline.step("apply (atomic across providers): " + (evacuated.succeeded() ? "ok" : "FAILED"));
    evacuated.await(Duration.ofMinutes(2));
    timeline.step("providers in sync (Route53 INSYNC)");
    VerificationReport during = verify();
    timeline.step(
        "verify "
            + during.checks().size()
            + " answers: "
            + (during.ok() ? "ok" : during.failures().size() + " wrong"));

    OperationResult restored = Traffic.restore(targets, snapshot, false, ApplyMode.ATOMIC);
    restored.await(Duration.ofMinutes(2));
    timeline.step("restore from snapshot, in sync: " + (restored.succeeded() ? "ok" : "FAILED"));
    VerificationReport after = verify();
    timeline.step(
        "verify "
            + after.checks().size()
            + " answers: "
            + (after.ok() ? "ok" : after.failures().size() + " wrong"));
    return new Outcome(evacuated, during, restored, after, timeline.elapsedMillis());
  }

  /**
   * Asks the name servers about every geo set of the zone at the provider they serve (the last
   * target), and each simulated provider, which serves no DNS, how it would answer.
   */
  private VerificationReport verify() {
    Target served = targets.get(targets.size() - 1);
    List<ResourceRecordSet> sets = new ArrayList<>();
    served.api().geoRecordSets(served.zoneId()).orElseThrow().forEach(sets::add);
    List<VerificationReport> reports = new ArrayList<>();
    reports.add(
        Verifier.of(nameServers)
            .withDeadline(Duration.ofSeconds(30), Duration.ofMillis(200))
            .verify(sets));
    simulated.forEach(report -> reports.add(report.get()));
    return new VerificationReport(
        reports.stream().flatMap(r -> r.checks().stream()).toList(),
        reports.stream().flatMap(r -> r.unchecked().stream()).toList());
  }

  private void save(Snapshot snapshot) {
    try {
      Files.writeString(snapshotFile, snapshot.toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int changes(Snapshot snapshot) {
    return snapshot.plans().values().stream().mapToInt(plan -> plan.changes().size()).sum();
  }

  public static void main(String[] args) throws IOException {
    int names = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    PrintStream out = System.out;
    Path snapshot = Files.createTempFile("failover-snapshot-", ".json");
    out.println(
        "starting the lab: Route53 and UltraDNS simulators and PowerDNS, "
            + names
            + " geo names x 3 qualifiers each");
    try (LocalLab lab = new LocalLab(names)) {
      Timeline timeline = new Timeline(out, lab::requests);
      FailoverRunbook runbook =
          new FailoverRunbook(
              lab.targets(),
              List.of(lab.powerDnsAddress()),
              List.of(lab::ultraDnsAnswers),
              snapshot,
              out);
      out.println("evacuating us-east to us-west, eu-west:");
      Outcome outcome = runbook.run("us-east", List.of("us-west", "eu-west"), timeline);
      out.println(
          outcome.ok()
              ? "done: every provider evacuated, verified and restored"
              : "FAILED: see the steps above");
      if (!outcome.ok()) {
        System.exit(1);
      }
    }
  }
}
