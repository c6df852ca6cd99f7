package denominator.change;

import static denominator.change.ChangeSetTest.a;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DNSApi;
import denominator.Denominator;
import denominator.ResourceRecordSetApi;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanApplyTest {
  final DNSApi api = Denominator.create("mock").api();
  final String zone = api.zones().put(Zone.create("example.com.", "h@example.com", 300));
  final ResourceRecordSetApi sets = api.recordSets(zone);

  List<ResourceRecordSet> zoneWith(int hosts) {
    for (int i = 0; i < hosts; i++) {
      sets.put(a("h" + i + ".example.com.", "192.0.2.1"));
    }
    List<ResourceRecordSet> current = new ArrayList<>();
    sets.forEach(current::add);
    return current;
  }

  @Test
  void aReviewedPlanApplies() {
    List<ResourceRecordSet> current = zoneWith(3);
    List<ResourceRecordSet> desired = new ArrayList<>(current);
    desired.add(a("new.example.com.", "192.0.2.9"));
    Plan plan = Plan.between("example.com.", current, desired);

    assertThat(PlanApply.defaults().apply(api, zone, plan).succeeded()).isTrue();
    assertThat(sets.get("new.example.com.", "A")).isPresent();
  }

  @Test
  void aPlanIsRefusedWhenTheZoneChangedSinceReview() {
    List<ResourceRecordSet> current = zoneWith(3);
    List<ResourceRecordSet> desired = new ArrayList<>(current);
    desired.set(desired.size() - 1, a("h2.example.com.", "192.0.2.50"));
    Plan plan = Plan.fromJson(Plan.between("example.com.", current, desired).toJson());
    sets.put(a("h2.example.com.", "192.0.2.77"));

    assertThatThrownBy(() -> PlanApply.defaults().forced().apply(api, zone, plan))
        .isInstanceOfSatisfying(
            PlanRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(PlanRefusedException.Reason.STALE);
              assertThat(e.keys()).containsExactly(a("h2.example.com.", "192.0.2.1").key());
            });
    assertThat(sets.get("h2.example.com.", "A")).contains(a("h2.example.com.", "192.0.2.77"));
  }

  @Test
  void aPlanDeletingMoreThanTheThresholdIsRefusedUnlessForced() {
    List<ResourceRecordSet> current = zoneWith(12);
    List<ResourceRecordSet> desired =
        current.stream().filter(s -> !s.name().matches("h[0-4]\\.example\\.com\\.")).toList();
    Plan plan = Plan.between("example.com.", current, desired);

    assertThatThrownBy(() -> PlanApply.defaults().apply(api, zone, plan))
        .isInstanceOfSatisfying(
            PlanRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(PlanRefusedException.Reason.TOO_MANY_CHANGES));
    assertThat(sets.get("h0.example.com.", "A")).isPresent();

    assertThat(PlanApply.defaults().forced().apply(api, zone, plan).succeeded()).isTrue();
    assertThat(sets.get("h0.example.com.", "A")).isEmpty();
  }

  @Test
  void aPlanTouchingTheApexNsIsRefusedUnlessForced() {
    List<ResourceRecordSet> current = zoneWith(1);
    List<ResourceRecordSet> desired =
        current.stream()
            .map(s -> s.type().equals("NS") ? s.toBuilder().ttl(60).build() : s)
            .toList();
    Plan plan = Plan.between("example.com.", current, desired);

    assertThatThrownBy(() -> PlanApply.defaults().apply(api, zone, plan))
        .isInstanceOfSatisfying(
            PlanRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(PlanRefusedException.Reason.APEX));
    assertThat(PlanApply.defaults().forced().apply(api, zone, plan).succeeded()).isTrue();
  }
}
