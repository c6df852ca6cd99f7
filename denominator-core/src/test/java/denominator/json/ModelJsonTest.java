package denominator.json;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

  @Test
  void recordSetsOfEveryProfileRoundTrip() {
    for (ResourceRecordSet set :
        new ResourceRecordSet[] {
          ResourceRecordSet.builder()
              .name("www.example.com.")
              .type("A")
              .add("192.0.2.1")
              .add("192.0.2.2")
              .build(),
          ResourceRecordSet.builder()
              .name("www.example.com.")
              .type("A")
              .qualifier("eu")
              .ttl(60)
              .geo(Geo.parse("continent:EU,US-CA"))
              .add("192.0.2.3")
              .build(),
          ResourceRecordSet.builder()
              .name("www.example.com.")
              .type("A")
              .qualifier("blue")
              .weighted(new Weighted(7))
              .add("192.0.2.4")
              .build()
        }) {
      String json = ModelJson.gson().toJson(set);

      assertThat(ModelJson.gson().fromJson(json, ResourceRecordSet.class)).isEqualTo(set);
    }
  }

  @Test
  void absentFieldsAreOmittedAndRecordsArePresentationText() {
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("example.com.")
            .type("MX")
            .add("10 mail.example.com.")
            .build();

    assertThat(ModelJson.gson().toJson(set))
        .isEqualTo(
            "{\"name\":\"example.com.\",\"type\":\"MX\",\"records\":[\"10 mail.example.com.\"]}");
  }

  @Test
  void zonesRoundTrip() {
    Zone zone = new Zone("Z1", "example.com.", "hostmaster@example.com", 3600);

    assertThat(ModelJson.gson().fromJson(ModelJson.gson().toJson(zone), Zone.class))
        .isEqualTo(zone);
  }

  @Test
  void providerDataRoundTripsAsAnObject() {
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .qualifier("prod/eu")
            .add("192.0.2.1")
            .providerData(ResourceRecordSet.ROUTING, "latency region=eu-west-1")
            .providerData("healthCheckId", "hc-1")
            .build();

    String json = ModelJson.gson().toJson(set);

    assertThat(json)
        .contains(
            "\"providerData\":{\"routing\":\"latency region=eu-west-1\",\"healthCheckId\":\"hc-1\"}");
    assertThat(ModelJson.gson().fromJson(json, ResourceRecordSet.class)).isEqualTo(set);
  }

  @Test
  void aZoneWhoseSoaWasNotReadLeavesEmailAndTtlOut() {
    Zone zone = Zone.withoutSoa("Z1", "example.com.");

    assertThat(ModelJson.gson().toJson(zone))
        .isEqualTo("{\"id\":\"Z1\",\"name\":\"example.com.\"}");
    assertThat(ModelJson.gson().fromJson(ModelJson.gson().toJson(zone), Zone.class))
        .isEqualTo(zone);
    assertThat(zone.email()).isEmpty();
    assertThat(zone.ttl()).isEmpty();
  }
}
