package denominator.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
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
  void twoChangesToOneSetAreRefused() {
    assertThatThrownBy(() -> ChangeSet.builder()
            .put(a("www.example.com.", "192.0.2.1"))
            .delete(RecordSetKey.of("WWW.example.com", "a"))
            .build())
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.value()).isEqualTo("www.example.com. A"));
  }
}
