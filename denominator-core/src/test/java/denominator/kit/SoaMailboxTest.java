package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoaMailboxTest {

  // The cases of Route53ZoneApi, PowerDnsJson and Rfc2136Records, both ways.
  @ParameterizedTest
  @CsvSource({
    "hostmaster@example.com, hostmaster.example.com.",
    "dns-admin@example.net, dns-admin.example.net.",
    "hostmaster@denominator.test, hostmaster.denominator.test.",
    "john.doe@example.com, john\\.doe.example.com.",
    "a.b.c@sub.example.com, a\\.b\\.c.sub.example.com.",
  })
  void emailAndRnameRoundTrip(String email, String rname) {
    assertThat(SoaMailbox.toRname(email)).isEqualTo(rname);
    assertThat(SoaMailbox.toEmail(rname)).hasValue(email);
  }

  @Test
  void theDomainIsLowerCasedAndTheLocalPartKeepsItsCase() {
    assertThat(SoaMailbox.toRname("John.Doe@Example.COM")).isEqualTo("John\\.Doe.example.com.");
    assertThat(SoaMailbox.toEmail("John\\.Doe.Example.COM.")).hasValue("John.Doe@example.com");
  }

  @Test
  void anRnameWithoutTheFinalDotIsRead() {
    assertThat(SoaMailbox.toEmail("hostmaster.example.com")).hasValue("hostmaster@example.com");
  }

  @Test
  void decimalEscapesInTheLocalLabelAreRead() {
    assertThat(SoaMailbox.toEmail("john\\046doe.example.com.")).hasValue("john.doe@example.com");
    assertThat(SoaMailbox.toEmail("a\\@b.example.com.")).hasValue("a@b@example.com");
  }

  @Test
  void textWithoutAtIsTakenAsAnRname() {
    assertThat(SoaMailbox.toRname("hostmaster.example.com")).isEqualTo("hostmaster.example.com.");
  }

  @Test
  void theRootNamesNoMailbox() {
    assertThat(SoaMailbox.toEmail(".")).isEmpty();
  }

  @Test
  void aSingleLabelIsALocalPartWithoutDomain() {
    assertThat(SoaMailbox.toEmail("hostmaster.")).hasValue("hostmaster");
  }

  @Test
  void anEmptyLocalPartIsRefused() {
    assertThatThrownBy(() -> SoaMailbox.toRname("@example.com"))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).value())
        .isEqualTo("@example.com");
  }

  @Test
  void aBadDomainIsRefused() {
    assertThatThrownBy(() -> SoaMailbox.toRname("a@exa mple.com"))
        .isInstanceOf(ValidationException.class);
  }
}
