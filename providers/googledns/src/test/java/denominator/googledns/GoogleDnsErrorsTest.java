package denominator.googledns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ThrottledException;
import denominator.ZoneNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cloud DNS error answers by reason (else gRPC status) and HTTP status. */
class GoogleDnsErrorsTest {

  static String body(int code, String reason, String message) {
    return "{\"error\":{\"code\":"
        + code
        + ",\"message\":\""
        + message
        + "\",\"errors\":[{\"domain\":\"global\",\"reason\":\""
        + reason
        + "\",\"message\":\""
        + message
        + "\"}],\"status\":\"X\"}}";
  }

  static DenominatorException exception(int code, String reason, String message) {
    return GoogleDnsErrors.TABLE.exception(
        "create change", "example-com", code, body(code, reason, message), null);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "412|conditionNotMet|Precondition not met for 'entity.change.deletions[0]'|InvalidChangeException",
        "409|alreadyExists|The resource 'entity.change.additions[0]' named 'www.example.com. (A)' already exists|InvalidChangeException",
        "404|notFound|The 'entity.change.deletions[0]' resource named 'www.example.com. (A)' does not exist.|InvalidChangeException",
        "404|notFound|The 'parameters.managedZone' resource named 'nosuch-com' does not exist.|ZoneNotFoundException",
        "404|notFound|The 'parameters.changeId' resource named '9' does not exist.|DenominatorException",
        "400|invalid|Invalid value for 'entity.change.additions[0].rrdata[0]': '300.1.1.1'|InvalidChangeException",
        "400|required|Required field missing|InvalidChangeException",
        "400|containerNotEmpty|The resource named 'example-com' cannot be deleted because it is not empty|InvalidChangeException",
        "400|cnameResourceRecordSetConflict|CNAME beside A|InvalidChangeException",
        "403|quotaExceeded|Quota exceeded for quota group 'rrsetAdditionsPerChange': 1001 > 1000|InvalidChangeException",
        "401|required|Login Required.|AuthenticationException",
        "401|authError|Invalid Credentials|AuthenticationException",
        "403|forbidden|The caller does not have permission|AuthenticationException",
        "403|insufficientPermissions|Request had insufficient authentication scopes.|AuthenticationException",
        "403|rateLimitExceeded|Rate Limit Exceeded|ThrottledException",
        "429|rateLimitExceeded|Quota exceeded for quota metric 'Requests'|ThrottledException",
        "503|backendError|Backend Error|DenominatorException"
      })
  void eachReasonIsItsException(int code, String reason, String message, String type) {
    DenominatorException e = exception(code, reason, message);

    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.getMessage()).contains(message.length() > 40 ? message.substring(0, 40) : message);
  }

  @Test
  void theGrpcStatusIsTheCodeWhenNoReasonIsGiven() {
    DenominatorException e =
        GoogleDnsErrors.TABLE.exception(
            "list zones",
            "",
            403,
            "{\"error\":{\"code\":403,\"message\":\"quota\",\"status\":\"RESOURCE_EXHAUSTED\"}}",
            null);

    assertThat(e)
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("RESOURCE_EXHAUSTED");
  }

  @Test
  void aRefusedChangeCarriesCloudDnsMessageNamingTheRrset() {
    InvalidChangeException e =
        (InvalidChangeException)
            exception(
                412, "conditionNotMet", "Precondition not met for 'entity.change.deletions[0]'");

    assertThat(e.messages())
        .containsExactly("conditionNotMet: Precondition not met for 'entity.change.deletions[0]'");
  }

  @Test
  void aMissingZoneNamesIt() {
    ZoneNotFoundException e =
        (ZoneNotFoundException)
            GoogleDnsErrors.TABLE.exception(
                "list rrsets",
                "nosuch-com",
                404,
                body(
                    404,
                    "notFound",
                    "The 'parameters.managedZone' resource named 'nosuch-com' does not exist."),
                null);

    assertThat(e.getMessage()).contains("nosuch-com");
  }

  @Test
  void throttlingIsThrottledException() {
    assertThat(exception(429, "rateLimitExceeded", "Quota exceeded"))
        .isInstanceOf(ThrottledException.class);
  }
}
