package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordGroupingTest {
  /** One value of a set, as per-value APIs give records. */
  record Rec(String name, String type, String qualifier, int ttl, String value) {}

  static RecordSetKey key(Rec r) {
    return r.qualifier() == null
        ? RecordSetKey.of(r.name(), r.type())
        : RecordSetKey.of(r.name(), r.type(), r.qualifier());
  }

  static ResourceRecordSet toSet(List<Rec> records) {
    Rec first = records.get(0);
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name(first.name()).type(first.type()).ttl(first.ttl());
    records.forEach(r -> set.add(r.value()));
    return set.build();
  }

  static Rec rec(String name, String type, String value) {
    return new Rec(name, type, null, 300, value);
  }

  @Test
  void consecutiveRecordsOfOneNameAndTypeBecomeOneSet() {
    List<Rec> records =
        List.of(
            rec("a.example.com.", "A", "192.0.2.1"),
            rec("a.example.com.", "A", "192.0.2.2"),
            rec("a.example.com.", "TXT", "\"x\""),
            rec("b.example.com.", "A", "192.0.2.3"));

    List<ResourceRecordSet> sets =
        PagesTest.list(
            RecordGrouping.consecutive(
                records.iterator(), RecordGroupingTest::key, RecordGroupingTest::toSet));

    assertThat(sets)
        .extracting(s -> s.key().toString() + " " + s.records().size())
        .containsExactly(
            RecordSetKey.of("a.example.com.", "A") + " 2",
            RecordSetKey.of("a.example.com.", "TXT") + " 1",
            RecordSetKey.of("b.example.com.", "A") + " 1");
  }

  @Test
  void consecutiveReadsOneRecordPastTheSetAndNoMore() {
    List<Rec> records =
        List.of(
            rec("a.example.com.", "A", "192.0.2.1"),
            rec("a.example.com.", "A", "192.0.2.2"),
            rec("b.example.com.", "A", "192.0.2.3"),
            rec("c.example.com.", "A", "192.0.2.4"));
    List<Rec> read = new ArrayList<>();
    Iterator<Rec> source = records.iterator();
    Iterator<Rec> counting =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return source.hasNext();
          }

          @Override
          public Rec next() {
            Rec r = source.next();
            read.add(r);
            return r;
          }
        };

    Iterator<ResourceRecordSet> sets =
        RecordGrouping.consecutive(counting, RecordGroupingTest::key, RecordGroupingTest::toSet);

    assertThat(read).isEmpty();
    assertThat(sets.next().records()).hasSize(2);
    assertThat(read).hasSize(3);
  }

  @Test
  void qualifiersSeparateSetsOfOneNameAndType() {
    List<Rec> records =
        List.of(
            new Rec("a.example.com.", "A", "east", 60, "192.0.2.1"),
            new Rec("a.example.com.", "A", "west", 60, "192.0.2.2"));

    assertThat(
            PagesTest.list(
                RecordGrouping.consecutive(
                    records.iterator(), RecordGroupingTest::key, RecordGroupingTest::toSet)))
        .hasSize(2);
  }

  @Test
  void consecutiveSetsBuildsSeveralSetsFromOneGroupOfNameAndType() {
    List<Rec> records =
        List.of(
            new Rec("a.example.com.", "A", "east", 60, "192.0.2.1"),
            new Rec("a.example.com.", "A", "west", 60, "192.0.2.2"),
            rec("b.example.com.", "A", "192.0.2.3"));
    List<List<Rec>> groups = new ArrayList<>();

    Iterator<ResourceRecordSet> sets =
        RecordGrouping.consecutiveSets(
            records.iterator(),
            r -> r.name() + " " + r.type(),
            group -> {
              groups.add(group);
              return group.stream().map(r -> toSet(List.of(r))).toList();
            });

    assertThat(PagesTest.list(sets)).hasSize(3);
    assertThat(groups).extracting(List::size).containsExactly(2, 1);
  }

  @Test
  void byKeyGroupsUnsortedRecordsAndSortsTheSets() {
    List<Rec> records =
        List.of(
            rec("b.example.com.", "A", "192.0.2.3"),
            rec("a.example.com.", "A", "192.0.2.1"),
            rec("b.example.com.", "A", "192.0.2.4"),
            rec("a.example.com.", "A", "192.0.2.2"));

    List<ResourceRecordSet> sets =
        RecordGrouping.byKey(records, RecordGroupingTest::key, RecordGroupingTest::toSet);

    assertThat(sets)
        .extracting(ResourceRecordSet::name)
        .containsExactly("a.example.com.", "b.example.com.");
    assertThat(sets).allSatisfy(s -> assertThat(s.records()).hasSize(2));
  }
}
