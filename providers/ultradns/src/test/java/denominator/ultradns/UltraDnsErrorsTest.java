package denominator.ultradns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.AuthenticationException;
import denominator.InvalidChangeException;
import denominator.ThrottledException;
import denominator.ZoneNotFoundException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The error table reads both body shapes: an array of errors and one error object. */
class UltraDnsErrorsTest {

  @Test
  void anArrayBodyNamesItsCode() {
    assertThat(
            UltraDnsErrors.TABLE.exception(
                "read zone",
                "gone.example.",
                404,
                "[{\"errorCode\":1801,\"errorMessage\":\"Zone does not exist in the system.\"}]",
                null))
        .isInstanceOfSatisfying(
            ZoneNotFoundException.class, e -> assertThat(e.getMessage()).contains("1801"));
    assertThat(
            UltraDnsErrors.TABLE.exception(
                "post rrset A www.example.com.",
                "example.com.",
                400,
                "[{\"errorCode\":2111,\"errorMessage\":\"exists\"}]",
                null))
        .isInstanceOfSatisfying(
            InvalidChangeException.class,
            e -> assertThat(e.messages()).containsExactly("2111: exists"));
  }

  @Test
  void anObjectBodyNamesItsCode() {
    assertThat(
            UltraDnsErrors.TABLE.exception(
                "read zone",
                "example.com.",
                401,
                "{\"errorCode\":60001,\"errorMessage\":\"invalid_grant:token not found\"}",
                null))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void notFoundIsNothingForAReadAndARefusalForAWrite() {
    String body = "[{\"errorCode\":56001,\"errorMessage\":\"Cannot find resource record data\"}]";
    assertThat(
            UltraDnsErrors.TABLE.exception(
                UltraDnsErrors.READ_RRSETS, "example.com.", 404, body, null))
        .isInstanceOf(UltraDnsErrors.NotFound.class);
    assertThat(UltraDnsErrors.TABLE.exception("put rrset", "example.com.", 404, body, null))
        .isInstanceOf(InvalidChangeException.class);
  }

  @Test
  void throttlingCarriesRetryAfter() {
    assertThat(
            UltraDnsErrors.TABLE.exception(
                "read zone",
                "example.com.",
                429,
                "[{\"errorCode\":429,\"errorMessage\":\"Too many requests.\"}]",
                Duration.ofSeconds(2)))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(2)));
  }
}
