package denominator.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DNSApi;
import denominator.Denominator;
import denominator.ResourceRecordSetApi;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.rdata.RData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OptimisticUpdateTest {
  final DNSApi api = Denominator.create("mock").api();
  final String zone = api.zones().put(Zone.create("example.com.", "h@example.com", 300));
  final ResourceRecordSetApi records = api.recordSets(zone);
  final AtomicInteger derived = new AtomicInteger();

  static ResourceRecordSet www(String... addresses) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name("www.example.com.").type("A").ttl(60);
    for (String address : addresses) {
      set.add(address);
    }
    return set.build();
  }

  /** Adds {@code address} to the set as read; counts each derivation. */
  Function<ResourceRecordSet, ChangeSet> adding(String address) {
    return before -> {
      derived.incrementAndGet();
      List<RData> merged = new ArrayList<>(before == null ? List.of() : before.records());
      merged.add(RData.parse("A", address));
      ResourceRecordSet after =
          ResourceRecordSet.builder()
              .name("www.example.com.")
              .type("A")
              .ttl(60)
              .records(merged)
              .build();
      return ChangeSet.builder().put(after).build();
    };
  }

  OptimisticUpdate update(Function<ResourceRecordSet, ChangeSet> change) {
    return OptimisticUpdate.of(
        api, zone, "example.com.", () -> records.get("www.example.com.", "A"), change);
  }

  Optional<List<String>> addresses() {
    return records
        .get("www.example.com.", "A")
        .map(set -> set.records().stream().map(Object::toString).toList());
  }

  @Test
  void aWriterThatCameFirstKeepsItsChangeAndTheUpdateIsDerivedAgain() {
    records.put(www("192.0.2.1"));
    Function<ResourceRecordSet, ChangeSet> add = adding("192.0.2.3");
    OptimisticUpdate.Applied applied =
        update(
                before -> {
                  if (derived.get() == 0) { // another process adds a value after this read
                    records.put(www("192.0.2.1", "192.0.2.2"));
                  }
                  return add.apply(before);
                })
            .apply(ApplyMode.ATOMIC);

    assertThat(applied.result().succeeded()).isTrue();
    assertThat(derived).hasValue(2);
    assertThat(applied.attempt().before().orElseThrow().records()).hasSize(2);
    assertThat(addresses()).contains(List.of("192.0.2.1", "192.0.2.2", "192.0.2.3"));
  }

  @Test
  void aSetAlwaysChangedMeanwhileIsRefusedAsStaleAfterTheAttempts() {
    records.put(www("192.0.2.1"));
    Function<ResourceRecordSet, ChangeSet> add = adding("192.0.2.9");
    AtomicInteger writes = new AtomicInteger();

    assertThatThrownBy(
            () ->
                update(
                        before -> {
                          records.put(www("192.0.2." + (100 + writes.incrementAndGet())));
                          return add.apply(before);
                        })
                    .attempts(3)
                    .apply(ApplyMode.ATOMIC))
        .isInstanceOfSatisfying(
            PlanRefusedException.class,
            refused -> assertThat(refused.reason()).isEqualTo(PlanRefusedException.Reason.STALE));
    assertThat(derived).hasValue(3);
    assertThat(addresses()).contains(List.of("192.0.2.103"));
  }

  @Test
  void aNewSetIsCreatedWhenNoneWasRead() {
    OptimisticUpdate.Applied applied = update(adding("192.0.2.1")).apply(ApplyMode.ATOMIC);

    assertThat(applied.attempt().before()).isEmpty();
    assertThat(applied.result().outcomes()).hasSize(1);
    assertThat(addresses()).contains(List.of("192.0.2.1"));
  }

  @Test
  void nothingIsSentWhenThereIsNothingToChange() {
    OptimisticUpdate.Applied applied =
        update(
                before -> {
                  derived.incrementAndGet();
                  return ChangeSet.empty();
                })
            .apply(ApplyMode.ATOMIC);

    assertThat(applied.result().outcomes()).isEmpty();
    assertThat(derived).hasValue(1);
    assertThat(addresses()).isEmpty();
  }

  @Test
  void prepareReadsAndDerivesButAppliesNothing() {
    records.put(www("192.0.2.1"));

    OptimisticUpdate.Attempt attempt = update(adding("192.0.2.2")).prepare();

    assertThat(attempt.before()).contains(www("192.0.2.1"));
    assertThat(attempt.changes().size()).isEqualTo(1);
    assertThat(addresses()).contains(List.of("192.0.2.1"));
  }

  @Test
  void attemptsBelowOneAreRefused() {
    assertThatThrownBy(() -> update(adding("192.0.2.1")).attempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attempts must be 1 or more: 0");
  }
}
