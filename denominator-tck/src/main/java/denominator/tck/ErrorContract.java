package denominator.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.AuthenticationException;
import denominator.DNSApiManager;
import denominator.ZoneNotFoundException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Errors map to typed exceptions: unknown zones and refused credentials. */
public abstract class ErrorContract extends Contract {

  @Test
  void listingAnUnknownZoneThrowsZoneNotFound() {
    assertThatThrownBy(() -> list(api().recordSets(unknownZoneId())))
        .isInstanceOf(ZoneNotFoundException.class);
  }

  @Test
  void writingToAnUnknownZoneThrowsZoneNotFound() {
    assertThatThrownBy(
            () ->
                api()
                    .recordSets(unknownZoneId())
                    .put(RecordSetContract.a("www.absent.denominator.test.", 300, "192.0.2.1")))
        .isInstanceOf(ZoneNotFoundException.class);
  }

  @Test
  void badCredentialsThrowAuthentication() {
    Optional<DNSApiManager> bad = target().connectWithBadCredentials();
    assumeTrue(bad.isPresent(), metadata().name() + " takes no credentials");
    try (DNSApiManager manager = bad.get()) {
      assertThatThrownBy(() -> list(manager.api().zones()))
          .isInstanceOf(AuthenticationException.class);
    }
  }

  /** An id the provider has no zone for; override where ids have a required shape. */
  protected String unknownZoneId() {
    return "absent.denominator.test.";
  }
}
