package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetedReadTest {
  final List<String> asked = new ArrayList<>();

  List<String> read(Set<NameType> targets) {
    return TargetedRead.of(
        targets,
        t -> {
          asked.add(t.name());
          return List.of(t.name() + "/" + t.type()).iterator();
        },
        () -> {
          asked.add("zone");
          return List.of("everything").iterator();
        });
  }

  @Test
  void aFewTargetsAreAskedForOneByOne() {
    Set<NameType> targets = targets(TargetedRead.ONE_BY_ONE);

    assertThat(read(targets)).hasSize(TargetedRead.ONE_BY_ONE).contains("h0.example./A");
    assertThat(asked).hasSize(TargetedRead.ONE_BY_ONE).doesNotContain("zone");
  }

  @Test
  void moreTargetsListTheZoneOnce() {
    assertThat(read(targets(TargetedRead.ONE_BY_ONE + 1))).containsExactly("everything");
    assertThat(asked).containsExactly("zone");
  }

  private static Set<NameType> targets(int n) {
    Set<NameType> targets = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      targets.add(new NameType("h" + i + ".example.", "A"));
    }
    return targets;
  }
}
