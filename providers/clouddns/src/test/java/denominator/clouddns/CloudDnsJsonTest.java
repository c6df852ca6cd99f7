package denominator.clouddns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Denominator;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.clouddns.CloudDnsJson.DomainUpdate;
import denominator.clouddns.CloudDnsJson.Job;
import denominator.clouddns.CloudDnsJson.RecordJson;
import denominator.clouddns.CloudDnsJson.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies carry only what they set; answers read as the page shows them; the provider is found. */
class CloudDnsJsonTest {

  @Test
  void anUpdateCarriesNeitherTypeNorComment() {
    RecordJson update = new RecordJson("A-1", "www.a.example", null, "192.0.2.9", 600, null, null);

    assertThat(CloudDnsProvider.GSON.toJson(new Records(List.of(update), null)))
        .isEqualTo(
            "{\"records\":[{\"id\":\"A-1\",\"name\":\"www.a.example\",\"data\":\"192.0.2.9\","
                + "\"ttl\":600}]}");
    assertThat(CloudDnsProvider.GSON.toJson(new DomainUpdate(null, 3600)))
        .isEqualTo("{\"ttl\":3600}");
  }

  @Test
  void aCompletedJobCarriesWhatItMade() {
    Job job =
        CloudDnsProvider.GSON.fromJson(
            "{\"status\":\"COMPLETED\",\"verb\":\"POST\",\"jobId\":\"0ade2b3b\","
                + "\"callbackUrl\":\"http://127.0.0.1:1/v1.0/123123/status/0ade2b3b\","
                + "\"response\":{\"records\":[{\"name\":\"_sip._tcp.a.example\",\"id\":\"SRV-11\","
                + "\"type\":\"SRV\",\"data\":\"5 5060 sip.a.example\",\"priority\":10,\"ttl\":300}]}}",
            Job.class);

    Records made = CloudDnsProvider.GSON.fromJson(job.response(), Records.class);

    assertThat(job.status()).isEqualTo("COMPLETED");
    assertThat(made.records())
        .containsExactly(
            new RecordJson(
                "SRV-11", "_sip._tcp.a.example", "SRV", "5 5060 sip.a.example", 300, 10, null));
  }

  @Test
  void theProviderIsFoundByNameWithItsCapabilities() {
    ProviderMetadata metadata = Denominator.provider("clouddns").metadata();

    assertThat(metadata.defaultUrl()).isEqualTo("https://identity.api.rackspacecloud.com/v2.0");
    assertThat(metadata.credentialForms())
        .extracting(form -> form.name() + form.parameters())
        .containsExactly("apiKey[username, apiKey]", "password[username, password]");
    assertThat(metadata.recordTypes(RecordProfile.ROUND_ROBIN))
        .containsExactlyInAnyOrder("A", "AAAA", "CNAME", "MX", "NS", "SRV", "TXT");
    assertThat(metadata.supports(RecordProfile.GEO)).isFalse();
    assertThat(metadata.supports(RecordProfile.WEIGHTED)).isFalse();
  }
}
