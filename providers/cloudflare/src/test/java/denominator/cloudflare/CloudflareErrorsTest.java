package denominator.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DenominatorException;
import denominator.ThrottledException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wire page's error codes, read from the envelope's {@code errors[0]}, as typed exceptions. */
class CloudflareErrorsTest {

  @ParameterizedTest(name = "{0} {1} on {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "403|10000|Authentication error|list zones|AuthenticationException",
        "403|9109|Invalid access token|list zones|AuthenticationException",
        "403|9103|Unknown X-Auth-Key or X-Auth-Email|list zones|AuthenticationException",
        "400|6003|Invalid request headers|list zones|AuthenticationException",
        "400|7003|Could not route to /client/v4/zones/z1, perhaps your object identifier is invalid?|list records|ZoneNotFoundException",
        "404|81044|Record does not exist.|batch|InvalidChangeException",
        "400|1061|example.com already exists|create zone|InvalidChangeException",
        "400|81053|posts[0]: An A, AAAA, or CNAME record with that host already exists.|batch|InvalidChangeException",
        "400|81054|A CNAME record with that host already exists.|batch|InvalidChangeException",
        "400|81056|NS records with that host already exist.|batch|InvalidChangeException",
        "400|81057|Record already exists.|batch|InvalidChangeException",
        "400|81058|An identical record already exists.|batch|InvalidChangeException",
        "400|1004|DNS Validation Error: content \"300.1.1.1\" is not a valid IPv4 address|batch|InvalidChangeException",
        "400|9005|Content for A record must be a valid IPv4 address.|batch|InvalidChangeException",
        "400|81045|Batch of 201 records exceeds the limit of 200.|batch|InvalidChangeException",
        "429|971|More than 1200 requests per 300 seconds reached.|list zones|ThrottledException",
        "500|1000|internal error|batch|DenominatorException",
        "400|1234|something new|batch|DenominatorException",
      })
  void mapsEachCode(int status, int code, String message, String operation, String type) {
    DenominatorException e =
        CloudflareErrors.TABLE.exception(operation, "z1", status, envelope(code, message), null);

    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.getMessage()).contains(message);
  }

  @Test
  void aThrottledAnswerCarriesItsRetryAfter() {
    DenominatorException e =
        CloudflareErrors.TABLE.exception(
            "list zones", "", 429, envelope(971, "slow down"), Duration.ofSeconds(3));

    assertThat(e)
        .isInstanceOfSatisfying(
            ThrottledException.class,
            t -> assertThat(t.retryAfter()).contains(Duration.ofSeconds(3)));
  }

  static String envelope(int code, String message) {
    return "{\"success\":false,\"errors\":[{\"code\":"
        + code
        + ",\"message\":\""
        + message.replace("\"", "\\\"")
        + "\"}],\"messages\":[],\"result\":null}";
  }
}
