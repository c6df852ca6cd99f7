package denominator.benchmarks;

import denominator.change.Plan;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scenario 4: the plan between two zones of {@code sets} record sets that differ in 1% of them (a
 * changed address every hundredth set), as a deployment of a big zone computes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanDiffBenchmark {
  @Param("100000")
  int sets;

  List<ResourceRecordSet> current;
  List<ResourceRecordSet> desired;

  @Setup
  public void zones() {
    current = new ArrayList<>(sets);
    desired = new ArrayList<>(sets);
    for (int i = 0; i < sets; i++) {
      String name = "host-" + i + ".example.com.";
      current.add(a(name, "192.0.2." + (i % 250 + 1)));
      desired.add(i % 100 == 0 ? a(name, "198.51.100.1") : a(name, "192.0.2." + (i % 250 + 1)));
    }
  }

  private static ResourceRecordSet a(String name, String address) {
    return ResourceRecordSet.builder().name(name).type("A").ttl(300).add(address).build();
  }

  @Benchmark
  public Plan planBetweenTwoZones() {
    return Plan.between("example.com.", current, desired);
  }
}
