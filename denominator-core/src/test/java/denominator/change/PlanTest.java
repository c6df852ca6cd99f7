package denominator.change;

import static denominator.change.ChangeSetTest.a;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanTest {
  final ResourceRecordSet same = a("same.example.com.", "192.0.2.1");
  final ResourceRecordSet changedBefore = a("changed.example.com.", "192.0.2.2");
  final ResourceRecordSet changedAfter = a("changed.example.com.", "192.0.2.3");
  final ResourceRecordSet added = a("added.example.com.", "192.0.2.4");
  final ResourceRecordSet removed = a("removed.example.com.", "192.0.2.5");
  final Plan plan =
      Plan.between(
          "example.com", List.of(same, changedBefore, removed), List.of(same, changedAfter, added));

  @Test
  void createsUpdatesAndDeletesOrderedByKeyWithTheirPreconditions() {
    assertThat(plan.changes())
        .extracting(PlannedChange::action, PlannedChange::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PlannedChange.Action.CREATE, added.key()),
            org.assertj.core.groups.Tuple.tuple(PlannedChange.Action.UPDATE, changedAfter.key()),
            org.assertj.core.groups.Tuple.tuple(PlannedChange.Action.DELETE, removed.key()));
    assertThat(plan.changes().get(1).before()).contains(changedBefore);
    assertThat(plan.changeSet().changes())
        .containsExactly(
            new Change.Delete(removed.key()), new Change.Put(changedAfter), new Change.Put(added));
    assertThat(plan.inverse().inverse()).isEqualTo(plan);
    assertThat(plan.inverse().changeSet().changes())
        .containsExactly(
            new Change.Delete(added.key()), new Change.Put(changedBefore), new Change.Put(removed));
  }

  @Test
  void setsThatGiveUpRegionsChangeBeforeSetsThatClaimThem() {
    ResourceRecordSet aBefore = geo("a", "DE,FR");
    ResourceRecordSet aAfter = geo("a", "DE");
    ResourceRecordSet bBefore = geo("b", "ES");
    ResourceRecordSet bAfter = geo("b", "ES,FR");

    Plan move = Plan.between("example.com.", List.of(bBefore, aBefore), List.of(bAfter, aAfter));
    Plan back = move.inverse();

    assertThat(move.changeSet().changes())
        .extracting(c -> c.key().qualifier().orElseThrow())
        .containsExactly("a", "b");
    assertThat(back.changeSet().changes())
        .extracting(c -> c.key().qualifier().orElseThrow())
        .containsExactly("b", "a");
  }

  private static ResourceRecordSet geo(String qualifier, String regions) {
    return a("www.example.com.", "192.0.2.1").toBuilder()
        .qualifier(qualifier)
        .geo(Geo.parse(regions))
        .build();
  }

  @Test
  void equalStatesAndSoaSerialsPlanNothing() {
    ResourceRecordSet soa1 =
        ResourceRecordSet.builder()
            .name("example.com.")
            .type("SOA")
            .add("ns1.example.com. h.example.com. 1 3600 600 604800 300")
            .build();
    ResourceRecordSet soa2 =
        soa1.toBuilder()
            .records(List.of())
            .add("ns1.example.com. h.example.com. 2 3600 600 604800 300")
            .build();

    assertThat(Plan.between("example.com.", List.of(same, soa1), List.of(same, soa2)).isEmpty())
        .isTrue();
  }

  @Test
  void aPlanIsStaleWhenALiveSetNoLongerMatchesItsPrecondition() {
    Map<RecordSetKey, ResourceRecordSet> live =
        Map.of(
            same.key(),
            same,
            changedBefore.key(),
            a("changed.example.com.", "192.0.2.99"),
            removed.key(),
            removed);

    assertThat(plan.stale(live))
        .extracting(PlannedChange::key)
        .containsExactly(changedBefore.key());
    assertThat(
            plan.stale(
                Map.of(
                    same.key(),
                    same,
                    changedBefore.key(),
                    changedBefore,
                    removed.key(),
                    removed,
                    added.key(),
                    added)))
        .extracting(PlannedChange::key)
        .containsExactly(added.key());
  }

  @Test
  void jsonRoundTripsWithItsChecksum() {
    Plan geo =
        Plan.between(
            "example.com.",
            List.of(),
            List.of(
                a("www.example.com.", "192.0.2.1").toBuilder()
                    .qualifier("eu")
                    .geo(Geo.parse("continent:EU"))
                    .build()));

    assertThat(Plan.fromJson(plan.toJson())).isEqualTo(plan);
    assertThat(Plan.fromJson(geo.toJson())).isEqualTo(geo);
    assertThat(plan.toJson()).contains(plan.checksum());
    assertThat(plan.checksum()).startsWith("sha256:").hasSize(7 + 64).isNotEqualTo(geo.checksum());
  }

  @Test
  void anEditedPlanIsRefused() {
    String edited = plan.toJson().replace("192.0.2.3", "192.0.2.66");

    assertThatThrownBy(() -> Plan.fromJson(edited))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo(plan.checksum()));
    assertThatThrownBy(() -> Plan.fromJson("[]")).isInstanceOf(ValidationException.class);
  }

  @Test
  void theTableShowsOldAndNewValues() {
    assertThat(plan.toTable())
        .isEqualTo(
            """
        plan for example.com.: 1 to create, 1 to update, 1 to delete
        + added.example.com. A
            ttl: 300
            records: [192.0.2.4]
        ~ changed.example.com. A
            records: [192.0.2.2] -> [192.0.2.3]
        - removed.example.com. A
            ttl: 300
            records: [192.0.2.5]
        """);
  }

  /** Applying the plan between random states to the current state gives the desired state. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void applyingAPlanToItsCurrentStateGivesItsDesiredState(long seed) {
    Random random = new Random(seed);
    List<ResourceRecordSet> current = randomZone(random);
    List<ResourceRecordSet> desired = randomZone(random);

    Plan between = Plan.between("example.com.", current, desired);

    Map<RecordSetKey, ResourceRecordSet> state =
        current.stream().collect(Collectors.toMap(ResourceRecordSet::key, Function.identity()));
    for (Change change : between.changeSet().changes()) {
      if (change instanceof Change.Put put) {
        state.put(put.key(), put.recordSet());
      } else {
        state.remove(change.key());
      }
    }
    assertThat(state.values()).containsExactlyInAnyOrderElementsOf(desired);
    assertThat(Plan.between("example.com.", state.values(), desired).isEmpty()).isTrue();
  }

  private static List<ResourceRecordSet> randomZone(Random random) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      if (random.nextBoolean()) {
        List<String> addresses = new ArrayList<>(List.of("192.0.2.1", "192.0.2.2", "192.0.2.3"));
        Collections.shuffle(addresses, random);
        sets.add(
            a(
                "h" + i + ".example.com.",
                addresses.subList(0, 1 + random.nextInt(3)).toArray(String[]::new)));
      }
    }
    return sets;
  }

  @Test
  void aDesiredSetWithoutProviderDataKeepsTheCurrentOnesAndPlansNothingMore() {
    ResourceRecordSet checked = same.toBuilder().providerData("healthCheckId", "hc-1").build();

    assertThat(Plan.between("example.com", List.of(checked), List.of(same)).isEmpty()).isTrue();
    Plan moved =
        Plan.between(
            "example.com",
            List.of(checked),
            List.of(same.toBuilder().records(List.of()).add("192.0.2.9").build()));
    assertThat(moved.changes())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.after().orElseThrow().providerData())
                    .containsEntry("healthCheckId", "hc-1"));
    assertThat(moved.toTable()).doesNotContain("provider data");
  }
}
