package denominator.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.DNSApiManager;
import denominator.RecordProfile;
import denominator.UnsupportedCapabilityException;
import denominator.ZoneApi;
import denominator.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Zones: create, list, find by name and by id, update, delete. */
public abstract class ZoneContract extends Contract {

  @Test
  void createdZoneIsListedAndFoundByName() {
    Zone zone = newZone();

    assertThat(list(api().zones())).extracting(Zone::id).contains(zone.id());
    assertThat(list(api().zones().iterateByName(zone.name())))
        .extracting(Zone::id, Zone::name)
        .containsExactly(tuple(zone.id(), zone.name()));
  }

  @Test
  void nameLookupAcceptsARelativeName() {
    Zone zone = newZone();
    String relative = zone.name().substring(0, zone.name().length() - 1);

    assertThat(list(api().zones().iterateByName(relative)))
        .extracting(Zone::id)
        .containsExactly(zone.id());
  }

  @Test
  void unknownNameFindsNothing() {
    assertThat(list(api().zones().iterateByName("absent.denominator.test."))).isEmpty();
  }

  @Test
  void lookupByNameWithoutSoaFindsTheZoneAsListed() {
    Zone zone = newZone();
    Zone listed =
        list(api().zones()).stream()
            .filter(z -> z.id().equals(zone.id()))
            .findFirst()
            .orElseThrow();
    String relative = zone.name().substring(0, zone.name().length() - 1);

    assertThat(list(api().zones().iterateByNameWithoutSoa(zone.name())))
        .extracting(Zone::id, Zone::name)
        .containsExactly(tuple(listed.id(), listed.name()));
    assertThat(list(api().zones().iterateByNameWithoutSoa(relative)))
        .extracting(Zone::id)
        .containsExactly(listed.id());
    assertThat(list(api().zones().iterateByNameWithoutSoa("absent.denominator.test."))).isEmpty();
  }

  @Test
  void lookupByIdFindsTheZoneAmongOthers() {
    newZone();
    Zone zone = newZone();
    newZone();

    assertThat(api().zones().byId(zone.id()))
        .get()
        .extracting(Zone::id, Zone::name)
        .containsExactly(zone.id(), zone.name());
  }

  @Test
  void lookupByAnUnknownIdFindsNothing() {
    Zone zone = newZone();
    assertThat(api().zones().byId("absent.denominator.test.")).isEmpty();
    try {
      api().zones().delete(zone.id());
    } catch (UnsupportedCapabilityException e) { // e.g. RFC 2136: zones exist only on the server
      return;
    }
    assertThat(api().zones().byId(zone.id())).as("a deleted zone's id").isEmpty();
  }

  /**
   * Among more zones than a page of the provider's listing holds, a lookup by name takes two
   * requests at most and a lookup by id one at most, counted in the HTTP log after a first lookup
   * has done what a new manager does first (getting a token, say): neither reads the listing, which
   * would take two pages.
   */
  @Test
  void lookupsAmongMoreZonesThanAListingPageReadNoListing() {
    OptionalInt page = target().zonePageSize();
    assumeTrue(page.isPresent(), metadata().name() + " declares no page size of its zone listing");
    List<Zone> zones = new ArrayList<>();
    for (int i = 0; i <= page.getAsInt(); i++) {
      zones.add(newZone());
    }
    Zone last = zones.get(zones.size() - 1);
    List<String> log = new ArrayList<>();
    try (DNSApiManager counted = target().withHttpLog(log::add).connect()) {
      ZoneApi lookups = counted.api().zones();
      lookups.byId(zones.get(0).id()); // a token, a catalog: what a new manager reads first
      log.clear();

      assertThat(list(lookups.iterateByNameWithoutSoa(last.name())))
          .extracting(Zone::id)
          .containsExactly(last.id());
      assertThat(requests(log)).as("a lookup by name").hasSizeLessThanOrEqualTo(2);
      log.clear();
      assertThat(lookups.byId(last.id())).map(Zone::id).contains(last.id());
      assertThat(requests(log)).as("a lookup by id").hasSize(1);
      log.clear();
      assertThat(lookups.byId("absent.denominator.test.")).isEmpty();
      assertThat(requests(log)).as("a lookup by an unknown id").hasSizeLessThanOrEqualTo(1);
    }
  }

  /**
   * A listing without the SOA shows, by id and name, the zones the listing shows, and reads no
   * zone's SOA: among three zones or more it takes the listing's pages alone (one request where the
   * listing does not page), counted in the HTTP log after a first listing has done what a new
   * manager does first.
   */
  @Test
  void listingWithoutSoaTakesTheListingsPagesAlone() {
    for (int i = 0; i < 3; i++) {
      newZone();
    }
    List<String> log = new ArrayList<>();
    try (DNSApiManager counted = target().withHttpLog(log::add).connect()) {
      ZoneApi zones = counted.api().zones();
      List<Zone> listed = list(zones);
      log.clear();

      assertThat(list(zones.iterateWithoutSoa()))
          .extracting(Zone::id, Zone::name)
          .containsExactlyElementsOf(
              listed.stream().map(zone -> tuple(zone.id(), zone.name())).toList());
      OptionalInt page = target().zonePageSize();
      // a listing whose last page is full may ask for one more, which comes back empty
      int pages = page.isPresent() ? listed.size() / page.getAsInt() + 1 : 1;
      assertThat(requests(log)).as("a listing without the SOA").hasSizeLessThanOrEqualTo(pages);
    }
  }

  /** The requests of an HTTP log. */
  private static List<String> requests(List<String> log) {
    return log.stream().filter(line -> line.startsWith("--> ")).toList();
  }

  @Test
  void newZoneHasApexSoa() {
    assumeTrue(
        metadata().recordTypes(RecordProfile.ROUND_ROBIN).contains("SOA"),
        metadata().name() + " shows no SOA record set (its API does not give one whole)");
    Zone zone = newZone();

    assertThat(api().recordSets(zone.id()).get(zone.name(), "SOA")).isPresent();
  }

  @Test
  void deletedZoneIsGoneAndDeletingAgainIsANoOp() {
    Zone zone = newZone();

    try {
      api().zones().delete(zone.id());
    } catch (UnsupportedCapabilityException e) { // e.g. RFC 2136: zones exist only on the server
      abort(e.getMessage());
    }
    api().zones().delete(zone.id());

    assertThat(list(api().zones().iterateByName(zone.name()))).isEmpty();
  }
}
