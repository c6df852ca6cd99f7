package denominator.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.GeoResourceRecordSetApi;
import denominator.InvalidChangeException;
import denominator.RecordProfile;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.model.geo.RegionKind;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Geo record sets: put, read, move regions between qualifiers, overlap refusal, delete. */
public abstract class GeoContract extends Contract {
  private Zone zone;
  private GeoResourceRecordSetApi geo;
  private String name;

  @BeforeEach
  void geoZone() {
    assumeProfile(RecordProfile.GEO);
    zone = newZone();
    geo = api().geoRecordSets(zone.id()).orElseThrow();
    name = "www." + zone.name();
  }

  @TestFactory
  Stream<DynamicTest> everyDeclaredGeoTypeRoundTrips() {
    return metadata().recordTypes(RecordProfile.GEO).stream()
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
                              .qualifier("us-east")
                              .geo(Geo.parse(region(RegionKind.COUNTRY, "US")))
                              .build();

                      geo.put(set);

                      assertSameSet(geo.get(set.name(), type, "us-east").orElseThrow(), set);
                      geo.delete(set.key());
                      assertThat(geo.get(set.name(), type, "us-east")).isEmpty();
                    }));
  }

  @Test
  void geoSetRoundTrips() {
    ResourceRecordSet east = set("us-east", region(RegionKind.COUNTRY, "US"), "192.0.2.1");

    geo.put(east);

    assertSameSet(geo.get(name, "A", "us-east").orElseThrow(), east);
    assertThat(list(geo.iterateByNameAndType(name, "A"))).hasSize(1);
  }

  @Test
  void iterationReturnsOnlyGeoSets() {
    api().recordSets(zone.id()).put(RecordSetContract.a("plain." + zone.name(), 300, "192.0.2.7"));
    geo.put(set("us-east", region(RegionKind.COUNTRY, "US"), "192.0.2.1"));

    assertThat(list(geo)).allMatch(set -> set.geo().isPresent()).hasSize(1);
  }

  @Test
  void regionsMoveBetweenQualifiersInOneAtomicChange() {
    String first = region(RegionKind.COUNTRY, "US");
    String second = region(RegionKind.COUNTRY, "CA");
    geo.put(set("us-east", first + "," + second, "192.0.2.1"));
    geo.put(set("eu-west", region(RegionKind.COUNTRY, "DE"), "192.0.2.2"));

    ChangeSet move =
        ChangeSet.builder()
            .put(set("eu-west", region(RegionKind.COUNTRY, "DE") + "," + second, "192.0.2.2"))
            .put(set("us-east", first, "192.0.2.1"))
            .build();
    assertThat(api().apply(zone.id(), move, ApplyMode.ATOMIC).succeeded()).isTrue();

    assertThat(geo.get(name, "A", "us-east").orElseThrow().geo().orElseThrow())
        .isEqualTo(Geo.parse(first));
    assertThat(geo.get(name, "A", "eu-west").orElseThrow().geo().orElseThrow().codes())
        .contains(second);
  }

  @Test
  void aRegionServedByAnotherQualifierIsRefused() {
    String us = region(RegionKind.COUNTRY, "US");
    geo.put(set("us-east", us, "192.0.2.1"));

    assertThatThrownBy(() -> geo.put(set("us-west", us, "192.0.2.2")))
        .isInstanceOf(InvalidChangeException.class);
    assertThat(geo.get(name, "A", "us-west")).isEmpty();
  }

  @Test
  void deletedGeoSetIsGone() {
    geo.put(set("us-east", region(RegionKind.COUNTRY, "US"), "192.0.2.1"));

    geo.delete(denominator.model.RecordSetKey.of(name, "A", "us-east"));

    assertThat(geo.get(name, "A", "us-east")).isEmpty();
  }

  @Test
  void supportedRegionsCoverTheDeclaredKinds() {
    Set<RegionKind> kinds =
        geo.supportedRegions().stream().map(r -> r.kind()).collect(Collectors.toSet());

    assertThat(kinds).containsAll(metadata().geoRegionKinds());
  }

  /** A region of the kind if the provider declares it, else the catch-all it must have. */
  private String region(RegionKind kind, String code) {
    return metadata().geoRegionKinds().contains(kind) ? code : "*";
  }

  private ResourceRecordSet set(String qualifier, String regions, String address) {
    return ResourceRecordSet.builder()
        .name(name)
        .type("A")
        .qualifier(qualifier)
        .ttl(300)
        .geo(Geo.parse(regions))
        .add(address)
        .build();
  }
}
