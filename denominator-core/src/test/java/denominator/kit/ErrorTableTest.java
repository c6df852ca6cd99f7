package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ThrottledException;
import denominator.ZoneNotFoundException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorTableTest {
  static final ErrorTable POWERDNS =
      ErrorTable.builder("powerdns")
          .messageFrom(ErrorTable.jsonField("error"))
          .on(401, 403, VendorError::authentication)
          .on(404, VendorError::zoneNotFound)
          .on(409, 422, VendorError::invalidChange)
          .build();

  static final ErrorTable CLOUDY =
      ErrorTable.builder("cloudy")
          .codeFrom(ErrorTable.jsonField("errors", "0", "code"))
          .messageFrom(ErrorTable.jsonField("errors", "0", "message"))
          .on(400, VendorError::invalidChange)
          .onCodes(Set.of("9109", "10000"), VendorError::authentication)
          .throttledOnCode("971")
          .build();

  @Test
  void eachStatusBecomesItsTypedException() {
    assertThat(POWERDNS.exception("list zones", "", 401, "Unauthorized", null))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.provider()).isEqualTo("powerdns"));
    assertThat(POWERDNS.exception("list zones", "", 403, "", null))
        .isInstanceOf(AuthenticationException.class);
    assertThat(POWERDNS.exception("read zone", "z1.", 404, "Not Found", null))
        .isInstanceOfSatisfying(
            ZoneNotFoundException.class, e -> assertThat(e.zone()).isEqualTo("z1."));
    assertThat(
            POWERDNS.exception(
                "patch rrsets", "z1.", 422, "{\"error\": \"RRset a.z1. IN A: Conflicts\"}", null))
        .isInstanceOfSatisfying(
            InvalidChangeException.class,
            e -> assertThat(e.messages()).containsExactly("RRset a.z1. IN A: Conflicts"));
  }

  @Test
  void status429IsThrottlingCarryingRetryAfterWithoutARule() {
    DenominatorException e =
        POWERDNS.exception("read zone", "z1.", 429, "slow down", Duration.ofSeconds(7));

    assertThat(e)
        .isInstanceOfSatisfying(
            ThrottledException.class,
            t -> assertThat(t.retryAfter()).hasValue(Duration.ofSeconds(7)));
  }

  @Test
  void anUnmappedStatusNamesProviderOperationSubjectStatusAndMessage() {
    DenominatorException e =
        POWERDNS.exception("patch rrsets", "z1.", 500, "{\"error\": \"backend died\"}", null);

    assertThat(e.getClass()).isEqualTo(DenominatorException.class);
    assertThat(e).hasMessage("powerdns: patch rrsets z1.: HTTP 500: backend died");
  }

  @Test
  void aVendorCodeWinsOverTheStatus() {
    String body = "{\"success\":false,\"errors\":[{\"code\":9109,\"message\":\"Invalid token\"}]}";

    assertThat(CLOUDY.exception("list zones", "", 400, body, null))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage("cloudy: authentication failed: list zones: HTTP 400 9109: Invalid token");
    assertThat(
            CLOUDY.exception(
                "put record", "z", 400, "{\"errors\":[{\"code\":971,\"message\":\"wait\"}]}", null))
        .isInstanceOf(ThrottledException.class);
    assertThat(
            CLOUDY.exception(
                "put record", "z", 400, "{\"errors\":[{\"code\":1004,\"message\":\"bad\"}]}", null))
        .isInstanceOfSatisfying(
            InvalidChangeException.class,
            e -> assertThat(e.messages()).containsExactly("1004: bad"));
  }

  @Test
  void aBodyThatIsNotJsonIsTheMessageOnOneShortLine() {
    String page = "<html>\n<body>" + "x".repeat(1000) + "</body></html>";

    DenominatorException e = CLOUDY.exception("list zones", "", 502, page, null);

    assertThat(e.getMessage()).startsWith("cloudy: list zones: HTTP 502: <html> <body>xxx");
    assertThat(e.getMessage()).hasSizeLessThan(ErrorTable.MAX_MESSAGE + 50);
  }

  @Test
  void anSdkErrorAlreadyTakenApartIsMappedByItsCode() {
    ErrorTable route53 =
        ErrorTable.builder("route53")
            .throttledOnCode("Throttling", "PriorRequestNotComplete")
            .onCode("NoSuchHostedZone", VendorError::zoneNotFound)
            .build();

    assertThat(
            route53.exception(
                new VendorError(
                    "route53",
                    "change record sets",
                    "Z1",
                    400,
                    "PriorRequestNotComplete",
                    "busy",
                    Duration.ofSeconds(1))))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(1)));
    assertThat(
            route53.exception(
                new VendorError("route53", "get zone", "Z9", 404, "NoSuchHostedZone", "", null)))
        .isInstanceOfSatisfying(
            ZoneNotFoundException.class, e -> assertThat(e.zone()).isEqualTo("Z9"));
  }

  @Test
  void jsonFieldFollowsObjectsAndArraysAndIsEmptyWhenAbsent() {
    var field = ErrorTable.jsonField("errors", "1", "message");

    assertThat(field.apply("{\"errors\":[{\"message\":\"a\"},{\"message\":\"b\"}]}")).hasValue("b");
    assertThat(field.apply("{\"errors\":[{\"message\":\"a\"}]}")).isEmpty();
    assertThat(field.apply("{\"errors\":{}}")).isEmpty();
    assertThat(field.apply("not json {")).isEmpty();
  }
}
