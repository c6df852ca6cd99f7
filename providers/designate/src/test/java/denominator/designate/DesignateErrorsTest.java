package denominator.designate;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ThrottledException;
import denominator.UnknownOutcomeException;
import denominator.ZoneNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Designate's error answers by their {@code type}: one table. */
class DesignateErrorsTest {

  static DenominatorException error(String operation, int status, String type, String message) {
    String body =
        "{\"code\":"
            + status
            + ",\"type\":\""
            + type
            + "\""
            + (message == null ? "" : ",\"message\":\"" + message + "\"")
            + ",\"request_id\":\"req-1\"}";
    return DesignateErrors.TABLE.exception(operation, "z1", status, body, null);
  }

  @ParameterizedTest
  @CsvSource({
    "400, invalid_object, InvalidChangeException",
    "400, invalid_recordset_location, InvalidChangeException",
    "400, invalid_ttl, InvalidChangeException",
    "400, bad_request, InvalidChangeException",
    "400, invalid_marker, DenominatorException",
    "400, marker_not_found, DenominatorException",
    "403, forbidden, AuthenticationException",
    "403, illegal_child, InvalidChangeException",
    "404, zone_not_found, ZoneNotFoundException",
    "404, not_found, ZoneNotFoundException",
    "404, recordset_not_found, NotFound",
    "409, duplicate_zone, InvalidChangeException",
    "409, duplicate_recordset, InvalidChangeException",
    "413, over_quota, InvalidChangeException",
    "429, over_limit, ThrottledException",
  })
  void eachTypeIsItsException(int status, String type, String exception) {
    assertThat(
            error("create recordset www.example.com. A", status, type, "why")
                .getClass()
                .getSimpleName())
        .isEqualTo(exception);
  }

  @Test
  void aServerFailureOfAWriteIsAnUnknownOutcomeAndOfAReadAFailure() {
    assertThat(error("create recordset www.example.com. A", 504, "timeout", null))
        .isInstanceOf(UnknownOutcomeException.class);
    assertThat(error("delete recordset r1", 500, "unknown", null))
        .isInstanceOf(UnknownOutcomeException.class);
    assertThat(error("list recordsets", 504, "timeout", null))
        .isExactlyInstanceOf(DenominatorException.class);
  }

  @Test
  void aValidationErrorsMessagesAreJoined() {
    String body =
        "{\"code\":400,\"type\":\"invalid_object\",\"errors\":{\"errors\":["
            + "{\"path\":[\"records\",0],\"message\":\"'300.1.1.1' is not a 'A' Record\"},"
            + "{\"path\":[\"ttl\"],\"message\":\"-1 is less than the minimum of 0\"}]},"
            + "\"request_id\":\"req-1\"}";

    DenominatorException e =
        DesignateErrors.TABLE.exception("create recordset", "z1", 400, body, null);

    assertThat(e).isInstanceOf(InvalidChangeException.class);
    assertThat(((InvalidChangeException) e).messages())
        .containsExactly(
            "invalid_object: '300.1.1.1' is not a 'A' Record; -1 is less than the minimum of 0");
  }

  @Test
  void keystones401IsReadByItsTitle() {
    DenominatorException e =
        DesignateErrors.TABLE.exception(
            "list zones", "", 401, DesignateTokensTest.KEYSTONE_401, null);

    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e).hasMessageContaining("HTTP 401 Unauthorized: The request you have made");
  }

  @Test
  void overQuotaNamesTheQuota() {
    assertThat(error("create recordset", 413, "over_quota", "Quota exceeded for zone_records."))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("Quota exceeded for zone_records.");
    assertThat(error("read zone", 404, "zone_not_found", "Could not find Zone"))
        .isInstanceOf(ZoneNotFoundException.class);
    assertThat(error("list zones", 429, "over_limit", "Rate limit exceeded"))
        .isInstanceOf(ThrottledException.class);
  }
}
