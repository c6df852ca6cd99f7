package denominator.clouddns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import denominator.clouddns.CloudDnsJson.RecordJson;
import denominator.clouddns.CloudDnsRecords.Value;
import denominator.kit.RecordGrouping;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.AAAAData;
import denominator.model.rdata.AData;
import denominator.model.rdata.CNAMEData;
import denominator.model.rdata.MXData;
import denominator.model.rdata.NSData;
import denominator.model.rdata.RData;
import denominator.model.rdata.SRVData;
import denominator.model.rdata.TXTData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records one per value to and from sets: each type's data and priority, TXT, grouping. */
class CloudDnsRecordsTest {

  static RecordJson record(String id, String name, String type, String data, int ttl) {
    return new RecordJson(id, name, type, data, ttl, null, null);
  }

  // A value written as the service would store it, then read back.
  static RData roundTrip(String type, RData value) {
    Value written = CloudDnsRecords.write(value);
    return CloudDnsRecords.read(
        new RecordJson(
            "X-1", "www.example.com", type, written.data(), 300, written.priority(), null));
  }

  @Test
  void everyTypeRoundTrips() {
    List<RData> values =
        List.of(
            new AData("192.0.2.1"),
            new AAAAData("2001:db8::1"),
            new CNAMEData("target.example.com."),
            new NSData("dns1.stabletransit.com."),
            new MXData(10, "mx1.example.com."),
            new SRVData(10, 5, 5060, "sip.example.com."),
            TXTData.of("v=spf1 include:example.net -all; x=y"),
            TXTData.ofText("v=DKIM1; p=" + "A".repeat(290)));

    for (RData value : values) {
      assertThat(roundTrip(value.type(), value)).isEqualTo(value);
    }
  }

  @Test
  void dataIsWrittenAsTheServiceHoldsIt() {
    assertThat(CloudDnsRecords.write(new MXData(10, "mx1.example.com.")))
        .isEqualTo(new Value("mx1.example.com", 10));
    assertThat(CloudDnsRecords.write(new SRVData(10, 5, 5060, "sip.example.com.")))
        .isEqualTo(new Value("5 5060 sip.example.com", 10));
    assertThat(CloudDnsRecords.write(new CNAMEData("target.example.com.")))
        .isEqualTo(new Value("target.example.com", null));
    assertThat(CloudDnsRecords.write(TXTData.of("a b; c"))).isEqualTo(new Value("a b; c", null));
  }

  @Test
  void srvDataOfOneOrTwoFieldsIsReadAsTheServiceDocumentsIt() {
    RecordJson one =
        new RecordJson("SRV-1", "_sip._tcp.example.com", "SRV", "sip.example.com", 300, 10, null);
    RecordJson two =
        new RecordJson(
            "SRV-2", "_sip._tcp.example.com", "SRV", "5060 sip.example.com", 300, 10, null);

    assertThat(CloudDnsRecords.read(one)).isEqualTo(new SRVData(10, 0, 0, "sip.example.com."));
    assertThat(CloudDnsRecords.read(two)).isEqualTo(new SRVData(10, 0, 5060, "sip.example.com."));
  }

  @Test
  void anAaaaAddressIsComparedParsed() {
    RecordJson stored = record("AAAA-1", "www.example.com", "AAAA", "2001:0db8:0:0::0001", 300);

    assertThat(CloudDnsRecords.read(stored)).isEqualTo(new AAAAData("2001:db8::1"));
  }

  @Test
  void aTextOver255BytesIsOneRecord() {
    String key = "v=DKIM1; p=" + "A".repeat(290);

    assertThat(CloudDnsRecords.write(TXTData.ofText(key))).isEqualTo(new Value(key, null));
  }

  @Test
  void aTxtValueTheServiceWouldChangeIsRefused() {
    assertThatThrownBy(() -> CloudDnsRecords.write(TXTData.of("a", "b")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("TXT");
    assertThatThrownBy(() -> CloudDnsRecords.write(TXTData.of("say \"hi\"")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CloudDnsRecords.write(TXTData.of("back\\slash")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void recordsOutOfOrderAreGroupedIntoSetsWithTheSmallestTtlAndTheFirstComment() {
    List<RecordJson> listing =
        List.of(
            record("A-3", "www.example.com", "A", "192.0.2.1", 600),
            new RecordJson("MX-4", "example.com", "MX", "mx1.example.com", 300, 10, null),
            new RecordJson("A-12", "WWW.example.com", "A", "192.0.2.2", 300, null, "later"),
            new RecordJson("A-7", "www.example.com", "A", "192.0.2.3", 900, null, "first"),
            new RecordJson("MX-5", "example.com", "MX", "mx2.example.com", 300, 20, null));

    List<ResourceRecordSet> sets =
        RecordGrouping.byKey(listing, CloudDnsRecords::key, CloudDnsRecords::set);

    assertThat(sets)
        .containsExactly(
            ResourceRecordSet.builder()
                .name("example.com.")
                .type("MX")
                .ttl(300)
                .add(new MXData(10, "mx1.example.com."))
                .add(new MXData(20, "mx2.example.com."))
                .build(),
            ResourceRecordSet.builder()
                .name("www.example.com.")
                .type("A")
                .ttl(300)
                .add(new AData("192.0.2.1"))
                .add(new AData("192.0.2.3"))
                .add(new AData("192.0.2.2"))
                .providerData("comment", "first")
                .build());
  }

  @Test
  void idsOrderByTheirNumber() {
    assertThat(CloudDnsRecords.idNumber("A-1000010")).isEqualTo(1000010L);
    assertThat(CloudDnsRecords.idNumber("A-9")).isLessThan(CloudDnsRecords.idNumber("A-10"));
  }
}
