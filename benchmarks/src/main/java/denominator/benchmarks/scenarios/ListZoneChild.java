package denominator.benchmarks.scenarios;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.http.RequestBudget;
import denominator.model.ResourceRecordSet;
import denominator.route53.Route53Provider;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The child JVM of scenario 2: lists a zone of the simulator at URL through our API and prints
 * {@code COUNT WALL_MS PEAK_HEAP_BYTES}.
 *
 * <p>Usage: {@code ListZoneChild URL ZONE_ID}.
 */
public final class ListZoneChild {
  public static void main(String[] args) throws Exception {
    try (DNSApiManager manager =
        Denominator.builder()
            .provider(new Route53Provider())
            .url(args[0])
            .credentials(Credentials.of("AKID", "SECRET"))
            // unpaced, like the SDK listing it is compared with: the simulator limits no rate here
            .requestBudget(RequestBudget.unlimited())
            .build()) {
      long start = System.nanoTime();
      long count = countOurs(manager.api(), args[1]);
      double ms = (System.nanoTime() - start) / 1e6;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.println(count + " " + ms + " " + peak);
    }
  }

  static long countOurs(DNSApi api, String zoneId) {
    long count = 0;
    for (ResourceRecordSet ignored : api.recordSets(zoneId)) {
      count++;
    }
    return count;
  }

  private ListZoneChild() {}
}
