package denominator.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every suite of the TCK shares: the provider under test, taken from the {@link
 * ProviderContract} the suite is nested in; a manager opened before each test and closed after it;
 * a fresh zone per test from its {@link TestZones}; and checks of the provider's declared
 * capabilities.
 */
@ExtendWith(SuiteResolver.class)
public abstract class Contract {
  /** The email every TCK zone is created with. */
  protected static final String EMAIL = TestZones.EMAIL;

  private final List<Zone> zonesToGiveBack = new ArrayList<>();
  private ProviderUnderTest target;
  private DNSApiManager manager;

  @BeforeEach
  final void open(ProviderUnderTest target) {
    this.target = target;
    manager = target.connect();
  }

  /** The provider under test: to open more managers, with settings of the test's own. */
  protected final ProviderUnderTest target() {
    return target;
  }

  /** Where tests get their zones. */
  protected final TestZones testZones() {
    return target.testZones();
  }

  @AfterEach
  final void giveBackZonesAndClose() {
    try {
      zonesToGiveBack.forEach(zone -> testZones().giveBack(manager.api(), zone));
    } finally {
      manager.close();
    }
  }

  protected final DNSApiManager manager() {
    return manager;
  }

  protected final DNSApi api() {
    return manager.api();
  }

  protected final ProviderMetadata metadata() {
    return manager.provider().metadata();
  }

  /** Skips the test, with a visible reason, unless the provider declares the profile. */
  protected final void assumeProfile(RecordProfile profile) {
    assumeTrue(
        metadata().supports(profile),
        metadata().name() + " declares no " + profile + " record types");
  }

  /** A zone of this test's own, from {@link #testZones()}, given back after the test. */
  protected final Zone newZone() {
    Zone zone = testZones().take(api());
    zonesToGiveBack.add(zone);
    return zone;
  }

  protected static <T> List<T> list(Iterator<T> iterator) {
    List<T> items = new ArrayList<>();
    iterator.forEachRemaining(items::add);
    return items;
  }

  protected static <T> List<T> list(Iterable<T> iterable) {
    return list(iterable.iterator());
  }

  /** Asserts that {@code actual} has the content of {@code expected}, ignoring record order. */
  protected static void assertSameSet(ResourceRecordSet actual, ResourceRecordSet expected) {
    assertThat(actual.key()).isEqualTo(expected.key());
    assertThat(actual.records()).containsExactlyInAnyOrderElementsOf(expected.records());
    assertThat(actual.ttl()).isEqualTo(expected.ttl());
    assertThat(actual.geo()).isEqualTo(expected.geo());
    assertThat(actual.weighted()).isEqualTo(expected.weighted());
  }
}
