package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.AuthenticationException;
import denominator.ThrottledException;
import denominator.ZoneNotFoundException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

class Route53ErrorsTest {

  @Test
  void invalidChangeBatchMessagesAreSplitOutOfRoute53sList() {
    String message =
        "[Tried to delete resource record set [name='a.example.com.', type='CNAME']"
            + " but the values provided do not match the current values, RRSet with DNS name"
            + " b.example.com., type A cannot be created, Tried to create resource record set"
            + " [name='c.example.com.', type='A'] but it already exists]";

    assertThat(Route53Errors.messages(message))
        .containsExactly(
            "Tried to delete resource record set [name='a.example.com.', type='CNAME'] but the"
                + " values provided do not match the current values",
            "RRSet with DNS name b.example.com., type A cannot be created",
            "Tried to create resource record set [name='c.example.com.', type='A'] but it already"
                + " exists");
  }

  @Test
  void route53CodesAreTypedByTheTableInOneMessageShape() {
    assertThat(
            Route53Errors.map("ListHostedZones", null, error(400, "Throttling", "Rate exceeded")))
        .isInstanceOf(ThrottledException.class)
        .hasMessageContaining("ListHostedZones: HTTP 400 Throttling: Rate exceeded");
    assertThat(Route53Errors.map("GetHostedZone", "Z1", error(403, "InvalidClientTokenId", "bad")))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("GetHostedZone Z1: HTTP 403 InvalidClientTokenId: bad");
    assertThat(Route53Errors.map("GetHostedZone", "Z1", error(404, "NoSuchHostedZone", "gone")))
        .isInstanceOf(ZoneNotFoundException.class)
        .satisfies(e -> assertThat(((ZoneNotFoundException) e).zone()).isEqualTo("Z1"));
    assertThat(Route53Errors.map("GetChange", null, error(500, "InternalError", "oops")))
        .hasMessage("route53: GetChange: HTTP 500 InternalError: oops")
        .hasCauseInstanceOf(AwsServiceException.class);
  }

  private static AwsServiceException error(int status, String code, String message) {
    return AwsServiceException.builder()
        .statusCode(status)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
        .build();
  }

  @Test
  void aPlainMessageIsOneMessage() {
    assertThat(Route53Errors.messages("Invalid request")).containsExactly("Invalid request");
  }
}
