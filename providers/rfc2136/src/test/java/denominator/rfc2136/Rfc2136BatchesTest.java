package denominator.rfc2136;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.UnsupportedCapabilityException;
import denominator.change.Change;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the writer refuses before it reads or sends anything: no server is needed. */
class Rfc2136BatchesTest {
  static final String ZONE = "batches.rfc2136.denominator.test.";
  final Rfc2136Batches batches = new Rfc2136Batches(null, ZONE);

  @Test
  void aWeightedSetIsRefusedInTheWordsOfEveryProvider() {
    ResourceRecordSet weighted =
        ResourceRecordSet.builder()
            .name("www." + ZONE)
            .type("A")
            .qualifier("east")
            .weighted(new Weighted(10))
            .add("192.0.2.1")
            .build();

    assertThatThrownBy(() -> batches.check(new Change.Put(weighted)))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessage("rfc2136: unsupported: profile: weighted (expected one of [round-robin])");
  }

  @Test
  void aProviderRoutedSetAndAQualifiedDeleteAreRefused() {
    ResourceRecordSet routed =
        ResourceRecordSet.builder()
            .name("www." + ZONE)
            .type("A")
            .qualifier("pool-1")
            .providerData(Map.of(ResourceRecordSet.ROUTING, "{}"))
            .add("192.0.2.1")
            .build();

    assertThatThrownBy(() -> batches.check(new Change.Put(routed)))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("pool-1");
    assertThatThrownBy(
            () -> batches.check(new Change.Delete(RecordSetKey.of("www." + ZONE, "A", "east"))))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("east");
  }

  @Test
  void aPlainSetOfATypeNotDeclaredIsTheServersToAccept() {
    ResourceRecordSet hinfo =
        ResourceRecordSet.builder()
            .name("hinfo." + ZONE)
            .type("HINFO")
            .add("\"x86\" \"Linux\"")
            .build();

    assertThatCode(() -> batches.check(new Change.Put(hinfo))).doesNotThrowAnyException();
  }
}
