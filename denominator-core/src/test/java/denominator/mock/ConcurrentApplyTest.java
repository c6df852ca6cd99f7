package denominator.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanApply;
import denominator.change.PlanRefusedException;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several threads of one JVM applying change sets and plans to one mock store, held in memory or in
 * a file, through one shared manager or a manager each.
 */
class ConcurrentApplyTest {
  static final String ZONE = "example.com.";
  static final int THREADS = 4;

  /** How the writer threads reach the store. */
  enum Store {
    MEMORY_ONE_MANAGER,
    NAMED_MEMORY_MANAGER_EACH,
    FILE_ONE_MANAGER,
    FILE_MANAGER_EACH;

    boolean shared() {
      return this == MEMORY_ONE_MANAGER || this == FILE_ONE_MANAGER;
    }
  }

  @TempDir Path dir;
  final List<DNSApiManager> managers = new ArrayList<>();
  String url;
  DNSApiManager shared;

  @AfterEach
  void close() {
    managers.forEach(DNSApiManager::close);
  }

  /** Opens the store with the example zone, and returns how writer {@code thread} reaches it. */
  DNSApi[] open(Store store) {
    url =
        switch (store) {
          case MEMORY_ONE_MANAGER -> "mem:";
          case NAMED_MEMORY_MANAGER_EACH -> "mem:concurrency-" + UUID.randomUUID();
          default -> "file:" + dir.resolve("mock.json");
        };
    shared = manager();
    shared.api().zones().put(Zone.create(ZONE, "h@example.com", 300));
    DNSApi[] apis = new DNSApi[THREADS];
    for (int t = 0; t < THREADS; t++) {
      apis[t] = store.shared() ? shared.api() : manager().api();
    }
    return apis;
  }

  DNSApiManager manager() {
    DNSApiManager manager = Denominator.builder().provider("mock").url(url).build();
    managers.add(manager);
    return manager;
  }

  static Stream<Arguments> storesAndModes() {
    return Stream.of(Store.values())
        .flatMap(store -> Stream.of(ApplyMode.values()).map(mode -> Arguments.of(store, mode)));
  }

  static ResourceRecordSet set(String label, String type, String value) {
    return ResourceRecordSet.builder()
        .name(label + "." + ZONE)
        .type(type)
        .ttl(60)
        .add(value)
        .build();
  }

  static ResourceRecordSet txt(String label, String text) {
    return set(label, "TXT", "\"" + text + "\"");
  }

  static void succeeded(ChangeResult result) {
    assertThat(result.succeeded()).as(result::toString).isTrue();
  }

  Map<RecordSetKey, ResourceRecordSet> live() {
    Map<RecordSetKey, ResourceRecordSet> live = new HashMap<>();
    shared.api().recordSets(ZONE).forEach(set -> live.put(set.key(), set));
    return live;
  }

  /** Runs {@code task(thread)} on every thread at once; rethrows the first failure. */
  static void inParallel(IntConsumer task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  task.accept(thread);
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @MethodSource("storesAndModes")
  void disjointChangeSetsFromManyThreadsLoseNothing(Store store, ApplyMode mode) throws Exception {
    DNSApi[] apis = open(store);
    int rounds = 8;

    inParallel(
        t -> {
          for (int r = 0; r < rounds; r++) {
            ChangeSet.Builder changes =
                ChangeSet.builder()
                    .put(set("t" + t + "-r" + r, "A", "192.0.2." + r))
                    .put(txt("t" + t + "-r" + r, "new"))
                    .put(txt("t" + t + "-counter", Integer.toString(r)));
            if (r > 0) {
              changes.delete(txt("t" + t + "-r" + (r - 1), "new").key());
            }
            succeeded(apis[t].apply(ZONE, changes.build(), mode));
          }
        });

    Map<RecordSetKey, ResourceRecordSet> expected = new HashMap<>();
    live().values().stream()
        .filter(s -> s.name().equals(ZONE))
        .forEach(s -> expected.put(s.key(), s));
    for (int t = 0; t < THREADS; t++) {
      for (int r = 0; r < rounds; r++) {
        ResourceRecordSet a = set("t" + t + "-r" + r, "A", "192.0.2." + r);
        expected.put(a.key(), a);
      }
      ResourceRecordSet last = txt("t" + t + "-r" + (rounds - 1), "new");
      ResourceRecordSet counter = txt("t" + t + "-counter", Integer.toString(rounds - 1));
      expected.put(last.key(), last);
      expected.put(counter.key(), counter);
    }
    assertThat(expected).hasSize(2 + THREADS * (rounds + 2));
    assertThat(live()).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("storesAndModes")
  void overlappingChangeSetsLeaveEverySetAsOneWriterWroteIt(Store store, ApplyMode mode)
      throws Exception {
    DNSApi[] apis = open(store);
    List<String> labels = List.of("s0", "s1", "s2", "s3", "s4");
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger mixedReads = new AtomicInteger();
    Thread reader =
        new Thread(
            () -> {
              while (writing.get()) {
                if (versions(labels, live()).size() > 1) {
                  mixedReads.incrementAndGet();
                }
              }
            });
    reader.start();

    try {
      inParallel(
          t -> {
            for (int r = 0; r < 10; r++) {
              ChangeSet.Builder changes = ChangeSet.builder();
              for (String label : labels) {
                if (r % 3 == 2) {
                  changes.delete(RecordSetKey.of(label + "." + ZONE, "TXT"));
                } else {
                  changes.put(txt(label, "writer " + t + " round " + r));
                }
              }
              succeeded(apis[t].apply(ZONE, changes.build(), mode));
            }
          });
    } finally {
      writing.set(false);
      reader.join();
    }

    Map<RecordSetKey, ResourceRecordSet> live = live();
    for (String label : labels) {
      Optional<ResourceRecordSet> set = Optional.ofNullable(live.get(txt(label, "").key()));
      set.ifPresent(
          s ->
              assertThat(s.records())
                  .singleElement()
                  .asString()
                  .matches("\"writer [0-3] round [0-9]\""));
    }
    if (mode == ApplyMode.ATOMIC) {
      assertThat(versions(labels, live)).hasSize(1);
      assertThat(mixedReads).as("reads that saw two writers' versions at once").hasValue(0);
    }
  }

  /** The distinct versions of the sets {@code labels}: their content, or empty for absent. */
  private static List<Optional<String>> versions(
      List<String> labels, Map<RecordSetKey, ResourceRecordSet> live) {
    return labels.stream()
        .map(
            label ->
                Optional.ofNullable(live.get(txt(label, "").key()))
                    .map(s -> s.records().toString()))
        .distinct()
        .toList();
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void ofPlansMadeFromOneStateOnlyOneApplies(Store store) throws Exception {
    DNSApi[] apis = open(store);
    shared.api().recordSets(ZONE).put(txt("www", "initial"));

    for (int round = 0; round < 10; round++) {
      List<ResourceRecordSet> current = List.copyOf(live().values());
      Plan[] plans = new Plan[THREADS];
      for (int t = 0; t < THREADS; t++) {
        List<ResourceRecordSet> desired = new ArrayList<>(current);
        desired.removeIf(s -> s.name().equals("www." + ZONE));
        desired.add(txt("www", "round " + round + " thread " + t));
        plans[t] = Plan.between(ZONE, current, desired);
      }
      AtomicInteger applied = new AtomicInteger();
      AtomicInteger winner = new AtomicInteger(-1);
      AtomicInteger stale = new AtomicInteger();

      inParallel(
          t -> {
            try {
              succeeded(PlanApply.defaults().apply(apis[t], ZONE, plans[t]));
              applied.incrementAndGet();
              winner.set(t);
            } catch (PlanRefusedException e) {
              assertThat(e.reason()).isEqualTo(PlanRefusedException.Reason.STALE);
              stale.incrementAndGet();
            }
          });

      if (applied.get() != 1) {
        fail(
            "round "
                + round
                + ": "
                + applied
                + " of "
                + THREADS
                + " plans made from one"
                + " state applied; expected exactly one, the others refused as stale");
      }
      assertThat(stale).hasValue(THREADS - 1);
      assertThat(live().get(txt("www", "").key()))
          .isEqualTo(txt("www", "round " + round + " thread " + winner.get()));
    }
  }
}
