package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
  void aPlainMessageIsOneMessage() {
    assertThat(Route53Errors.messages("Invalid request")).containsExactly("Invalid request");
  }
}
