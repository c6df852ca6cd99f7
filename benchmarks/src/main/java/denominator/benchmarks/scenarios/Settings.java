package denominator.benchmarks.scenarios;

import java.time.Duration;

/**
 * Sizes and repetitions of one run of the scenarios: full figures for BENCHMARKS.md, or tiny ones
 * ({@code --quick}) that only prove the harness still works.
 *
 * @param latency the Route53 simulator's injected latency per request (it adds up to as much again,
 *     drawn from a seeded random)
 * @param runs timed runs of each variant, after one untimed warm-up run
 * @param ultraDnsNames geo names put and evacuated at the UltraDNS simulator (scenario 7)
 * @param ns1Sets sets put under NS1's write rate limit (scenario 8)
 * @param batchChanges changes of the change set applied at Cloudflare and Cloud DNS (scenario 9)
 * @param designateChanges changes of the change set applied at Designate (scenario 9)
 */
record Settings(
    boolean quick,
    int runs,
    Duration latency,
    int evacuateNames,
    int naiveNames,
    int listSets,
    int powerDnsChanges,
    int coldStartRuns,
    int ultraDnsNames,
    int ns1Sets,
    int batchChanges,
    int designateChanges) {

  static Settings full(Duration latency) {
    return new Settings(false, 5, latency, 1000, 25, 100_000, 1000, 20, 200, 500, 1000, 200);
  }

  static Settings quick(Duration latency) {
    return new Settings(true, 3, latency, 20, 2, 2000, 50, 3, 20, 150, 100, 20);
  }
}
