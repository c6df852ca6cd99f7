package denominator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AcrossZonesTest {
  final List<Integer> zones = IntStream.range(0, 20).boxed().toList();

  @Test
  void resultsComeBackInTheZonesOrder() {
    assertThat(AcrossZones.inParallel(4).map("read", zones, zone -> "zone" + zone))
        .containsExactlyElementsOf(zones.stream().map(zone -> "zone" + zone).toList());
  }

  @Test
  void zonesRunSideBySide() {
    // each of four zones waits for all four to have started: only four at once can finish
    CountDownLatch started = new CountDownLatch(4);
    List<Boolean> met =
        AcrossZones.inParallel(4)
            .map(
                "read",
                List.of(1, 2, 3, 4),
                zone -> {
                  started.countDown();
                  try {
                    return started.await(10, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                });
    assertThat(met).containsOnly(true);
  }

  @Test
  void progressHearsOfEveryZoneDone() {
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    AcrossZones.inParallel(3)
        .withProgress((step, done, total) -> heard.add(step + " " + done + "/" + total))
        .map("apply", zones, zone -> zone);

    assertThat(heard)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, 20).mapToObj(done -> "apply " + done + "/20").toList());
  }

  @Test
  void theFirstFailureStopsTheZonesNotStartedAndIsThrownOnceTheRunningOnesAreDone() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    CountDownLatch failed = new CountDownLatch(1);

    assertThatThrownBy(
            () ->
                AcrossZones.inParallel(2)
                    .map(
                        "apply",
                        zones,
                        zone -> {
                          started.incrementAndGet();
                          if (zone == 0) {
                            failed.countDown();
                            throw new DenominatorException("zone 0 refused");
                          }
                          try {
                            failed.await(10, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                          }
                          finished.incrementAndGet();
                          return zone;
                        }))
        .isInstanceOf(DenominatorException.class)
        .hasMessageContaining("zone 0 refused");
    assertThat(finished.get()).isEqualTo(started.get() - 1); // the running ones were waited for
  }

  @Test
  void oneAtATimeStopsAtTheFirstFailure() {
    AtomicInteger started = new AtomicInteger();
    assertThatThrownBy(
            () ->
                AcrossZones.SEQUENTIAL.map(
                    "apply",
                    zones,
                    zone -> {
                      started.incrementAndGet();
                      throw new DenominatorException("zone " + zone + " refused");
                    }))
        .hasMessage("zone 0 refused");
    assertThat(started.get()).isEqualTo(1);
  }

  @Test
  void oneAtATimeRunsOnTheCallersThread() {
    Thread caller = Thread.currentThread();
    assertThat(AcrossZones.SEQUENTIAL.map("read", zones, zone -> Thread.currentThread()))
        .containsOnly(caller);
  }

  @Test
  void parallelismBelowOneIsRefused() {
    assertThatThrownBy(() -> AcrossZones.inParallel(0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("0")
        .hasMessageContaining("at least 1");
  }
}
