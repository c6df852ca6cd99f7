package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.model.ResourceRecordSet;
import org.junit.jupiter.api.Test;

class ExampleZoneTest {

  @Test
  void aSecondSeedOfAStoreAnotherRunSeededAndChangedChangesNothing() {
    try (DNSApiManager manager = Denominator.builder().provider("mock").url("mem:").build()) {
      DNSApi api = manager.api();
      ExampleZone.seed(api);
      ResourceRecordSet changed =
          ResourceRecordSet.builder()
              .name("www.example.com.")
              .type("A")
              .ttl(30)
              .add("192.0.2.99")
              .build();
      api.recordSets(ExampleZone.NAME).put(changed);

      ExampleZone.seed(api); // the slower of two first runs

      assertThat(api.recordSets(ExampleZone.NAME).get("www.example.com.", "A")).contains(changed);
    }
  }
}
