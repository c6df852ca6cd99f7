package denominator.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.RecordProfile;
import denominator.UnsupportedCapabilityException;
import denominator.model.Zone;
import org.junit.jupiter.api.Test;

/** Zones: create, list, find by name, update, delete. */
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
