package denominator.examples;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Creates a zone with geo record sets on the embedded mock provider, evacuates one region's
 * traffic in one atomic change set, and prints the zone before and after.
 *
 * <p>Run it with {@code ./example}, or {@code ./example file:/tmp/mock.json} to keep the state.
 */
public final class QuickStart {
  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "mem:";
    PrintStream out = System.out;
    try (DNSApiManager manager = Denominator.builder().provider("mock").url(url).build()) {
      DNSApi api = manager.api();
      String zone = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
      ChangeSet setUp = ChangeSet.builder()
          .put(geo("us-east", "continent:NA,continent:SA", "192.0.2.1"))
          .put(geo("eu-west", "continent:EU,continent:AF", "192.0.2.2"))
          .put(geo("ap-south", "continent:AS,continent:OC,continent:AN,*", "192.0.2.3"))
          .build();
      api.apply(zone, setUp, ApplyMode.ATOMIC).await(Duration.ofMinutes(1));
      out.println("before: " + manager);
      api.recordSets(zone).forEach(set -> out.println("  " + set));

      ChangeSet evacuateUsEast = ChangeSet.builder()
          .delete(geo("us-east", "continent:NA", "192.0.2.1").key())
          .put(geo("eu-west", "continent:EU,continent:AF,continent:NA,continent:SA", "192.0.2.2"))
          .build();
      ChangeResult result = api.apply(zone, evacuateUsEast, ApplyMode.ATOMIC)
          .await(Duration.ofMinutes(1));
      out.println("evacuated us-east: " + result.outcomes());
      api.recordSets(zone).forEach(set -> out.println("  " + set));
    }
  }

  private static ResourceRecordSet geo(String qualifier, String regions, String address) {
    return ResourceRecordSet.builder().name("www.example.com.").type("A").qualifier(qualifier)
        .ttl(60).geo(Geo.parse(regions)).add(address).build();
  }

  private QuickStart() {}
}
