package denominator.examples;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.traffic.OperationResult;
import denominator.traffic.SaviourPolicy;
import denominator.traffic.Snapshot;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import java.time.Duration;
import java.util.List;

/**
 * Creates a zone with geo record sets on the embedded mock provider, evacuates the us-east region's
 * traffic to the nearest healthy region in one atomic change set, and restores it from the snapshot
 * taken before. The README shows this class's body.
 *
 * <p>Run it with {@code ./example}.
 */
public final class QuickStart {
  public static void main(String[] args) {
    // quick start
    try (DNSApiManager manager = Denominator.builder().provider("mock").url("mem:").build()) {
      DNSApi api = manager.api();
      String zone = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
      api.apply(
              zone,
              ChangeSet.builder()
                  .put(geo("us-east", "continent:NA,continent:SA", "192.0.2.1"))
                  .put(geo("eu-west", "continent:EU,continent:AF", "192.0.2.2"))
                  .put(geo("ap-south", "continent:AS,continent:OC,continent:AN,*", "192.0.2.3"))
                  .build(),
              ApplyMode.ATOMIC)
          .await(Duration.ofMinutes(1))
          .orThrow();

      List<Target> targets = List.of(new Target("mock", api, zone, "example.com."));
      Snapshot[] saved = new Snapshot[1];
      OperationResult evacuated =
          Traffic.evacuate(
              targets,
              "us-east",
              List.of("eu-west", "ap-south"),
              SaviourPolicy.nearestByContinent(),
              ApplyMode.ATOMIC,
              snapshot -> saved[0] = snapshot); // save it somewhere durable before anything changes
      System.out.println("evacuated us-east: " + evacuated.succeeded());
      api.geoRecordSets(zone).orElseThrow().forEach(set -> System.out.println("  " + set));

      OperationResult restored = Traffic.restore(targets, saved[0], false, ApplyMode.ATOMIC);
      System.out.println("restored: " + restored.succeeded());
      api.geoRecordSets(zone).orElseThrow().forEach(set -> System.out.println("  " + set));
    }
    // end quick start
  }

  static ResourceRecordSet geo(String qualifier, String regions, String address) {
    return ResourceRecordSet.builder()
        .name("www.example.com.")
        .type("A")
        .qualifier(qualifier)
        .ttl(60)
        .geo(Geo.parse(regions))
        .add(address)
        .build();
  }

  private QuickStart() {}
}
