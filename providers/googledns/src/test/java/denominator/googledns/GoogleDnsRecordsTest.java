package denominator.googledns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import denominator.InvalidChangeException;
import denominator.googledns.GoogleDnsJson.RRSet;
import denominator.kit.NameType;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.rdata.RData;
import denominator.model.rdata.SOAData;
import denominator.model.rdata.TXTData;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rrdatas, presentation strings, to and from record data, and rrsets to and from sets. */
class GoogleDnsRecordsTest {
  static final String HEX = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A|192.0.2.1",
        "AAAA|2001:db8::1",
        "CNAME|target.example.com.",
        "NS|ns-cloud-a1.googledomains.com.",
        "PTR|host.example.com.",
        "MX|10 mail.example.com.",
        "SRV|10 5 5060 sip.example.com.",
        "CAA|0 issue \"letsencrypt.org\"",
        "TXT|\"v=spf1 -all\"",
        "TXT|\"first\" \"second\"",
        "SPF|\"v=spf1 -all\"",
        "NAPTR|100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.com.",
        "DS|12345 13 2 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
        "TLSA|3 1 1 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
        "SSHFP|4 2 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
        "HTTPS|1 svc.example.com. alpn=h2,h3 port=8443",
        "SVCB|1 svc.example.com. port=8443",
        "SOA|ns-cloud-a1.googledomains.com. cloud-dns-hostmaster.google.com. 1 21600 3600 259200 300"
      })
  void anRrdataReadsAndPrintsTheSame(String type, String rrdata) {
    RData data = GoogleDnsRecords.data(type, rrdata);

    assertThat(data.type()).isEqualTo(type);
    assertThat(GoogleDnsRecords.rrdata(data)).isEqualTo(rrdata);
  }

  @Test
  void otherToolsSpellingsReadAsTheSameData() {
    assertThat(GoogleDnsRecords.data("TLSA", "3 1 1 " + HEX.toLowerCase(Locale.ROOT)))
        .isEqualTo(GoogleDnsRecords.data("TLSA", "3 1 1 " + HEX));
    assertThat(GoogleDnsRecords.data("CNAME", "Target.Example.COM."))
        .isEqualTo(GoogleDnsRecords.data("CNAME", "target.example.com."));
  }

  @Test
  void typesWithoutTheirOwnRecordRoundTrip() {
    for (String rrdata : List.of("256 3 13 AQID", "10 1 2 192.0.2.38 AQNRU3mG7TVTO2BkR47usntb")) {
      String type = rrdata.startsWith("256") ? "DNSKEY" : "IPSECKEY";
      RData data = GoogleDnsRecords.data(type, rrdata);
      assertThat(GoogleDnsRecords.data(type, GoogleDnsRecords.rrdata(data))).isEqualTo(data);
    }
  }

  @Test
  void longTextIsSentAsQuotedStringsOf255Bytes() {
    String rrdata = GoogleDnsRecords.rrdata(TXTData.ofText("x".repeat(300)));

    assertThat(rrdata).isEqualTo("\"" + "x".repeat(255) + "\" \"" + "x".repeat(45) + "\"");
  }

  @Test
  void aPlainRrsetIsOnePlainSetAndTheSoaIsLikeAnyOther() {
    RRSet soa =
        RRSet.of(
            JsonParser.parseString(
                    "{\"kind\":\"dns#resourceRecordSet\",\"name\":\"example.com.\",\"type\":\"SOA\","
                        + "\"ttl\":21600,\"rrdatas\":[\"ns-cloud-a1.googledomains.com."
                        + " cloud-dns-hostmaster.google.com. 1 21600 3600 259200 300\"]}")
                .getAsJsonObject());

    List<ResourceRecordSet> sets = GoogleDnsRecords.sets(soa);

    assertThat(sets).hasSize(1);
    assertThat(sets.get(0).qualifier()).isEmpty();
    assertThat(sets.get(0).ttl()).hasValue(21600);
    assertThat(((SOAData) sets.get(0).records().get(0)).rname())
        .isEqualTo("cloud-dns-hostmaster.google.com.");
  }

  @Test
  void aPlainSetIsAnRrsetKeepingTheReplacedRrsetsTtlWhenItHasNone() {
    ResourceRecordSet set =
        ResourceRecordSet.builder().name("www.example.com.").type("A").add("192.0.2.1").build();

    assertThat(
            GoogleDnsRecords.rrset(
                new NameType("www.example.com.", "A"),
                List.of(set),
                JsonParser.parseString("{\"ttl\":60}").getAsJsonObject()))
        .isEqualTo(
            JsonParser.parseString(
                "{\"ttl\":60,\"name\":\"www.example.com.\",\"type\":\"A\","
                    + "\"rrdatas\":[\"192.0.2.1\"]}"));
  }

  @Test
  void aPlainSetAndWeightedSetsCannotShareAnRrset() {
    ResourceRecordSet plain =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .ttl(60)
            .add("192.0.2.1")
            .build();
    ResourceRecordSet weighted = plain.toBuilder().qualifier("0").weighted(new Weighted(1)).build();

    assertThatThrownBy(
            () ->
                GoogleDnsRecords.rrset(
                    new NameType("www.example.com.", "A"), List.of(plain, weighted), null))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("not both");
  }

  @Test
  void weightedSetsOfOneRrsetShareOneTtl() {
    ResourceRecordSet one =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .ttl(60)
            .qualifier("0")
            .weighted(new Weighted(1))
            .add("192.0.2.1")
            .build();
    ResourceRecordSet other = one.toBuilder().qualifier("1").ttl(300).build();

    assertThatThrownBy(
            () ->
                GoogleDnsRecords.rrset(
                    new NameType("www.example.com.", "A"), List.of(one, other), null))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("one TTL");
  }

  @Test
  void rrdataBytesAreTheBytesOfEveryValueAsSent() {
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("TXT")
            .ttl(60)
            .add(TXTData.of("caf\u00e9")) // sent as "caf\195\169"
            .add(TXTData.of("x"))
            .build();

    assertThat(GoogleDnsRecords.bytes(List.of(set))).isEqualTo(13 + 3);
  }
}
