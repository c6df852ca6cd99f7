package denominator.ns1;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DenominatorException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wire page's error messages and statuses as typed exceptions. */
class Ns1ErrorsTest {

  @ParameterizedTest(name = "{0} {1} on {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "404|zone not found|read zone|ZoneNotFoundException",
        "404|record not found|post record|InvalidChangeException",
        "404|record not found|read record|NotFound",
        "400|zone already exists|create zone|InvalidChangeException",
        "400|record already exists|put record|InvalidChangeException",
        "400|Input validation failed (meta.country: \"XX\" is not an ISO 3166-1 alpha-2 code)|put record|InvalidChangeException",
        "401|Unauthorized|list zones|AuthenticationException",
        "403|Unauthorized|list zones|AuthenticationException",
        "405|Operation on DNSSEC record is not allowed|put record|InvalidChangeException",
        "429|rate limit exceeded|put record|ThrottledException",
        "500|internal error|put record|DenominatorException",
      })
  void mapsEachMessage(int status, String message, String operation, String type) {
    String body = "{\"message\":\"" + message.replace("\"", "\\\"") + "\"}";

    DenominatorException e =
        Ns1Errors.TABLE.exception(operation, "example.com.", status, body, null);

    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.getMessage()).contains(message);
  }
}
