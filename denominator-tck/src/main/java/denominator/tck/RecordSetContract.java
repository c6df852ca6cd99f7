package denominator.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.RecordProfile;
import denominator.ResourceRecordSetApi;
import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Plain record sets: create, read, replace and delete every declared type; lookups. */
public abstract class RecordSetContract extends Contract {

  @TestFactory
  Stream<DynamicTest> everyDeclaredTypeRoundTrips() {
    assumeProfile(RecordProfile.ROUND_ROBIN);
    return metadata().recordTypes(RecordProfile.ROUND_ROBIN).stream()
        .sorted()
        .filter(type -> !type.equals("SOA"))
        .map(type -> DynamicTest.dynamicTest(type, () -> roundTrip(type)));
  }

  private void roundTrip(String type) {
    Zone zone = newZone();
    ResourceRecordSetApi sets = api().recordSets(zone.id());
    Optional<ResourceRecordSet> stock = StockRecordSets.one(type, zone.name());
    assumeTrue(stock.isPresent(), "the TCK has no stock " + type + " record set");
    ResourceRecordSet created = stock.get();

    sets.put(created);
    assertSameSet(sets.get(created.name(), type).orElseThrow(), created);
    assertThat(list(sets.iterateByNameAndType(created.name(), type))).hasSize(1);

    ResourceRecordSet updated = StockRecordSets.updated(type, zone.name()).orElseThrow();
    String why = target().firstValueOnly().get(type);
    if (why != null) { // the vendor cannot hold the second value: refused, nothing changed
      assertThatThrownBy(() -> sets.put(updated))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining(why);
      assertSameSet(sets.get(created.name(), type).orElseThrow(), created);
    }
    ResourceRecordSet last =
        why == null ? updated : StockRecordSets.retimed(type, zone.name()).orElseThrow();
    sets.put(last);
    assertSameSet(sets.get(created.name(), type).orElseThrow(), last);

    sets.delete(created.name(), type);
    assertThat(sets.get(created.name(), type)).isEmpty();
  }

  @Test
  void putReplacesTheWholeSet() {
    Zone zone = newZone();
    ResourceRecordSetApi sets = api().recordSets(zone.id());
    String name = "replace." + zone.name();
    sets.put(a(name, 300, "192.0.2.1", "192.0.2.2"));

    sets.put(a(name, 300, "192.0.2.3"));

    assertSameSet(sets.get(name, "A").orElseThrow(), a(name, 300, "192.0.2.3"));
  }

  @Test
  void iterateByNameReturnsEveryTypeAtTheName() {
    Zone zone = newZone();
    ResourceRecordSetApi sets = api().recordSets(zone.id());
    String name = "multi." + zone.name();
    sets.put(a(name, 300, "192.0.2.1"));
    sets.put(ResourceRecordSet.builder().name(name).type("TXT").ttl(300).add("\"x\"").build());
    sets.put(a("other." + zone.name(), 300, "192.0.2.9"));

    assertThat(list(sets.iterateByName(name)))
        .extracting(ResourceRecordSet::type)
        .containsExactlyInAnyOrder("A", "TXT");
  }

  @Test
  void iterationListsCreatedSets() {
    Zone zone = newZone();
    ResourceRecordSetApi sets = api().recordSets(zone.id());
    sets.put(a("one." + zone.name(), 300, "192.0.2.1"));
    sets.put(a("two." + zone.name(), 300, "192.0.2.2"));

    assertThat(list(sets))
        .extracting(ResourceRecordSet::name)
        .contains("one." + zone.name(), "two." + zone.name());
  }

  @Test
  void missingSetIsEmptyAndDeletingItIsANoOp() {
    Zone zone = newZone();
    ResourceRecordSetApi sets = api().recordSets(zone.id());

    sets.delete("absent." + zone.name(), "A");

    assertThat(sets.get("absent." + zone.name(), "A")).isEmpty();
    assertThat(list(sets.iterateByNameAndType("absent." + zone.name(), "A"))).isEmpty();
  }

  static ResourceRecordSet a(String name, int ttl, String... addresses) {
    ResourceRecordSet.Builder set = ResourceRecordSet.builder().name(name).type("A").ttl(ttl);
    Stream.of(addresses).forEach(set::add);
    return set.build();
  }
}
