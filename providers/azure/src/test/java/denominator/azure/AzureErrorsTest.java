package denominator.azure;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Azure's error answers, wrapped or flat, as the library's typed exceptions. */
class AzureErrorsTest {

  static String wrapped(String code, String message) {
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
  }

  static String flat(String code, String message) {
    return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}";
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "400, flat, BadRequest, The domain name 'bad..name' is invalid., InvalidChangeException",
    "401, wrapped, InvalidAuthenticationToken, The access token is invalid., AuthenticationException",
    "403, wrapped, AuthorizationFailed, The client 'cid' has no authorization., AuthenticationException",
    "404, wrapped, SubscriptionNotFound, The subscription 'sub' could not be found., AuthenticationException",
    "404, wrapped, ResourceGroupNotFound, Resource group 'rg' could not be found., AuthenticationException",
    "404, wrapped, ResourceNotFound, The Resource 'Microsoft.Network/dnszones/example.com' was not found., ZoneNotFoundException",
    "404, flat, NotFound, The resource record 'www' does not exist., NotFound",
    "409, flat, Conflict, The CNAME record could not be created., InvalidChangeException",
    "412, flat, PreconditionFailed, The Record set www has been modified (etag mismatch)., Stale",
    "429, wrapped, TooManyRequests, The request was throttled. Retry after 1 seconds., ThrottledException",
    "400, wrapped, MissingApiVersionParameter, The api-version query parameter is required., DenominatorException",
    "500, wrapped, InternalServerError, boom, DenominatorException",
  })
  void errorsAreMappedByCodeThenStatus(
      int status, String shape, String code, String message, String expected) {
    String body = shape.equals("flat") ? flat(code, message) : wrapped(code, message);

    DenominatorException e =
        AzureErrors.TABLE.exception(
            "read zone", "example.com", status, body, Duration.ofSeconds(1));

    assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(e.getMessage()).contains(message);
    if (!(e instanceof InvalidChangeException)) {
      assertThat(e.getMessage()).contains(code);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "create zone, UnknownOutcomeException",
    "put recordset A www, UnknownOutcomeException",
    "delete recordset A www, UnknownOutcomeException",
    "read recordset, DenominatorException",
  })
  void aServerFailureOfAWriteMayHaveBeenApplied(String operation, String expected) {
    DenominatorException e =
        AzureErrors.TABLE.exception(
            operation, "example.com", 500, wrapped("InternalServerError", "boom"), null);

    assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
  }

  @Test
  void aStaleEtagIsAConcurrentChangeRefusal() {
    DenominatorException e =
        AzureErrors.TABLE.exception(
            "put recordset A www",
            "example.com",
            412,
            flat("PreconditionFailed", "The Record set www has been modified (etag mismatch)."),
            null);

    assertThat(e)
        .isInstanceOf(AzureErrors.Stale.class)
        .hasMessageContaining("concurrent change: put recordset A www example.com");
  }
}
