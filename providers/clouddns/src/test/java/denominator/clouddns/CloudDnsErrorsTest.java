package denominator.clouddns;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.ZoneNotFoundException;
import org.junit.jupiter.api.Test;

/** The one table: immediate faults by status, job errors by their code, deleteFaults of 404. */
class CloudDnsErrorsTest {

  static DenominatorException immediate(String operation, int status, String body) {
    return CloudDnsErrors.TABLE.exception(operation, "1000001", status, body, null);
  }

  static JsonObject fault(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  @Test
  void validationErrorsAreARefusalNamingEachRecord() {
    DenominatorException e =
        immediate(
            "create records",
            400,
            "{\"validationErrors\":{\"messages\":[\"records[2]: ttl 60 for www.example.com A is"
                + " below the minimum of 300\",\"records[0]: record type SSHFP is not"
                + " supported\"]},\"code\":400}");

    assertThat(e).isInstanceOf(InvalidChangeException.class);
    assertThat(((InvalidChangeException) e).messages())
        .containsExactly(
            "records[2]: ttl 60 for www.example.com A is below the minimum of 300; records[0]:"
                + " record type SSHFP is not supported");
  }

  @Test
  void aMissingDomainIsZoneNotFound() {
    assertThat(
            immediate(
                "read domain", 404, "{\"message\":\"Not Found\",\"code\":404,\"details\":\"\"}"))
        .isInstanceOf(ZoneNotFoundException.class);
  }

  @Test
  void aBadOffsetIsOurBugNotTheChanges() {
    DenominatorException e =
        immediate(
            "list records",
            400,
            "{\"message\":\"The request could not be processed.\",\"code\":400,"
                + "\"details\":\"Offset must be a multiple of limit or 0.\"}");

    assertThat(e).isExactlyInstanceOf(DenominatorException.class);
    assertThat(e).hasMessageContaining("Offset must be a multiple of limit or 0.");
  }

  @Test
  void refusedTokensAndForbiddenAreAuthenticationFailures() {
    assertThat(
            immediate(
                "list domains",
                401,
                "{\"message\":\"Authentication required.\",\"code\":401,"
                    + "\"details\":\"Invalid or expired token.\"}"))
        .isInstanceOf(AuthenticationException.class);
    assertThat(immediate("list domains", 403, "{\"message\":\"Forbidden\",\"code\":403}"))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void aServerFailureOfAWriteIsAnUnknownOutcomeOfAReadAPlainFailure() {
    String body = "{\"message\":\"Service Unavailable\",\"code\":503}";

    assertThat(immediate("update records", 503, body)).isInstanceOf(UnknownOutcomeException.class);
    assertThat(immediate("list records", 503, body))
        .isExactlyInstanceOf(DenominatorException.class);
  }

  @Test
  void aJobRefusedAsADuplicateIsARefusal() {
    DenominatorException e =
        CloudDnsErrors.ofJob(
            "create records",
            "1000001",
            fault(
                "{\"message\":\"The object already exists.\",\"code\":409,"
                    + "\"details\":\"Record already exists: www.a.example A 192.0.2.9\"}"));

    assertThat(e)
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("Record already exists: www.a.example A 192.0.2.9");
  }

  @Test
  void aJobThatFoundItsRecordGoneIsARefusal() {
    DenominatorException e =
        CloudDnsErrors.ofJob(
            "update records",
            "1000001",
            fault(
                "{\"message\":\"Object not Found.\",\"code\":404,"
                    + "\"details\":\"Domain ID: 1000001; Record ID: A-1000010\"}"));

    assertThat(e)
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("changed by someone else")
        .hasMessageContaining("A-1000010");
  }

  @Test
  void aJobOverTheQuotaIsARefusal() {
    assertThat(
            CloudDnsErrors.ofJob(
                "create records",
                "1000001",
                fault(
                    "{\"message\":\"Over the limit.\",\"code\":413,"
                        + "\"details\":\"Limit of 500 records per domain has been reached.\"}")))
        .isInstanceOf(InvalidChangeException.class);
  }

  @Test
  void aJobThatFailedOtherwiseHasAnUnknownOutcome() {
    assertThat(
            CloudDnsErrors.ofJob(
                "create records",
                "1000001",
                fault("{\"message\":\"boom\",\"code\":500,\"details\":\"internal\"}")))
        .isInstanceOf(UnknownOutcomeException.class);
  }

  @Test
  void aDeleteFaultOfOnly404sMeansAlreadyAbsent() {
    JsonObject absent =
        fault(
            "{\"failedItems\":{\"faults\":[{\"message\":\"Object not Found.\",\"code\":404,"
                + "\"details\":\"Domain ID: 1000001; Record ID: A-999\"}]},"
                + "\"message\":\"One or more items could not be deleted.\",\"code\":500,"
                + "\"details\":\"See errors list for details.\"}");
    JsonObject mixed =
        fault("{\"failedItems\":{\"faults\":[{\"code\":404},{\"code\":500}]},\"code\":500}");

    assertThat(CloudDnsErrors.onlyNotFound(absent)).isTrue();
    assertThat(CloudDnsErrors.onlyNotFound(mixed)).isFalse();
    assertThat(CloudDnsErrors.onlyNotFound(fault("{\"code\":404,\"details\":\"Domain ID: 1\"}")))
        .isTrue();
  }
}
