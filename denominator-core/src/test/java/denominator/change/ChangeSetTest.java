package denominator.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeSetTest {
  static ResourceRecordSet a(String name, String... addresses) {
    ResourceRecordSet.Builder set = ResourceRecordSet.builder().name(name).type("A").ttl(300);
    for (String address : addresses) {
      set.add(address);
    }
    return set.build();
  }

  @Test
  void betweenPutsWhatIsMissingOrDifferentAndDeletesWhatIsNotDesired() {
    ResourceRecordSet same = a("same.example.com.", "192.0.2.1");
    ResourceRecordSet changedBefore = a("changed.example.com.", "192.0.2.2");
    ResourceRecordSet changedAfter = a("changed.example.com.", "192.0.2.3");
    ResourceRecordSet added = a("added.example.com.", "192.0.2.4");
    ResourceRecordSet removed = a("removed.example.com.", "192.0.2.5");

    ChangeSet changes = ChangeSet.between(
        List.of(same, changedBefore, removed), List.of(same, changedAfter, added));

    assertThat(changes.changes()).containsExactly(
        new Change.Put(changedAfter), new Change.Put(added), new Change.Delete(removed.key()));
  }

  @Test
  void betweenEqualStatesIsEmpty() {
    List<ResourceRecordSet> state = List.of(a("www.example.com.", "192.0.2.1"));

    assertThat(ChangeSet.between(state, state).isEmpty()).isTrue();
  }

  @Test
  void twoChangesToOneSetAreRefused() {
    assertThatThrownBy(() -> ChangeSet.builder()
            .put(a("www.example.com.", "192.0.2.1"))
            .delete(RecordSetKey.of("WWW.example.com", "a"))
            .build())
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.value()).isEqualTo("www.example.com. A"));
  }
}
