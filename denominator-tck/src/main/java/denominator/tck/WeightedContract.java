package denominator.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.DenominatorException;
import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.WeightedResourceRecordSetApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.WeightRange;
import denominator.model.Weighted;
import denominator.model.Zone;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Weighted record sets: put, read, reweigh, range, delete. */
public abstract class WeightedContract extends Contract {
  private Zone zone;
  private WeightedResourceRecordSetApi weighted;
  private String name;
  private String blue;
  private String green;
  private String third;

  @BeforeEach
  void weightedZone() {
    assumeProfile(RecordProfile.WEIGHTED);
    zone = newZone();
    weighted = api().weightedRecordSets(zone.id()).orElseThrow();
    name = "www." + zone.name();
    boolean byPosition = target().qualifiersByPosition().isPresent();
    blue = byPosition ? "0" : "blue";
    green = byPosition ? "1" : "green";
    third = byPosition ? "2" : "third";
  }

  @TestFactory
  Stream<DynamicTest> everyDeclaredWeightedTypeRoundTrips() {
    return metadata().recordTypes(RecordProfile.WEIGHTED).stream()
        .sorted()
        .map(
            type ->
                DynamicTest.dynamicTest(
                    type,
                    () -> {
                      Optional<ResourceRecordSet> stock = StockRecordSets.one(type, zone.name());
                      assumeTrue(stock.isPresent(), "the TCK has no stock " + type + " record set");
                      ResourceRecordSet set =
                          stock.get().toBuilder()
                              .qualifier(blue)
                              .weighted(new Weighted(weighted.supportedWeights().max()))
                              .build();

                      weighted.put(set);

                      assertSameSet(weighted.get(set.name(), type, blue).orElseThrow(), set);
                      weighted.delete(set.key());
                      assertThat(weighted.get(set.name(), type, blue)).isEmpty();
                    }));
  }

  @Test
  void weightedSetsRoundTrip() {
    ResourceRecordSet first = set(blue, accepted(90), "192.0.2.1");
    ResourceRecordSet second = set(green, accepted(10), "192.0.2.2");

    weighted.put(first);
    weighted.put(second);

    assertSameSet(weighted.get(name, "A", blue).orElseThrow(), first);
    assertSameSet(weighted.get(name, "A", green).orElseThrow(), second);
    assertThat(list(weighted.iterateByNameAndType(name, "A"))).hasSize(2);
  }

  @Test
  void reweighingReplacesTheWeight() {
    weighted.put(set(blue, accepted(90), "192.0.2.1"));

    weighted.put(set(blue, accepted(5), "192.0.2.1"));

    assertThat(weighted.get(name, "A", blue).orElseThrow().weighted())
        .contains(new Weighted(accepted(5)));
  }

  @Test
  void weightsAtTheEndsOfTheRangeAreAcceptedAndBeyondRefused() {
    int max = weighted.supportedWeights().max();
    weighted.put(set(blue, max, "192.0.2.1"));
    weighted.put(set(green, weighted.supportedWeights().min(), "192.0.2.2"));

    assertThat(weighted.get(name, "A", blue).orElseThrow().weighted()).contains(new Weighted(max));
    assertThatThrownBy(() -> weighted.put(set(third, max + 1, "192.0.2.3")))
        .isInstanceOf(DenominatorException.class);
  }

  @Test
  void aWeightBetweenTheProvidersStepsIsRefusedBeforeAnyRequest() {
    WeightRange range = weighted.supportedWeights();
    assumeTrue(range.step() > 1, "every weight in " + range + " is accepted");

    assertThatThrownBy(() -> weighted.put(set(blue, range.min() + 1, "192.0.2.1")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(Integer.toString(range.min() + 1));
    assertThat(list(weighted.iterateByNameAndType(name, "A"))).isEmpty();
  }

  @Test
  void aWeightBeyondTheRangeInAChangeSetIsRefusedBeforeAnyChange() {
    int over = weighted.supportedWeights().max() + 1;
    ChangeSet changes =
        ChangeSet.builder()
            .put(set(blue, accepted(1), "192.0.2.1"))
            .put(set(green, over, "192.0.2.3"))
            .build();

    assertThatThrownBy(() -> api().apply(zone.id(), changes, ApplyMode.ATOMIC))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(Integer.toString(over));

    assertThat(list(weighted.iterateByNameAndType(name, "A"))).isEmpty();
  }

  @Test
  void deletedWeightedSetIsGone() {
    weighted.put(set(blue, accepted(1), "192.0.2.1"));

    weighted.delete(RecordSetKey.of(name, "A", blue));

    assertThat(weighted.get(name, "A", blue)).isEmpty();
  }

  @Test
  void aQualifierThatIsNotAPositionIsRefusedBeforeAnyRequest() {
    Optional<String> why = target().qualifiersByPosition();
    assumeTrue(why.isPresent(), "the provider keeps the names of weighted sets");

    assertThatThrownBy(() -> weighted.put(set("blue", accepted(1), "192.0.2.1")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("blue");
    assertThat(list(weighted.iterateByNameAndType(name, "A"))).isEmpty();
  }

  /** The weight the provider accepts nearest to {@code weight}. */
  private int accepted(int weight) {
    return weighted.supportedWeights().nearest(weight);
  }

  private ResourceRecordSet set(String qualifier, int weight, String address) {
    return ResourceRecordSet.builder()
        .name(name)
        .type("A")
        .qualifier(qualifier)
        .ttl(60)
        .weighted(new Weighted(weight))
        .add(address)
        .build();
  }
}
