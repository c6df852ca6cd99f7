package denominator.http;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.kit.ManualTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A segment {@code **} in a limit's endpoint stands for any number of segments, so that one limit
 * covers a path and everything under it, as vendors that limit {@code GET /domains*} together
 * (Rackspace) or every read of a subscription (Azure Resource Manager) count them.
 */
class RequestLimitSubtreeTest {
  final RequestLimit domains =
      RequestLimit.perEndpoint("GET /v1.0/*/domains/**", 300, Duration.ofMinutes(1));

  @Test
  void aTrailingDoubleStarCoversThePathAndEveryPathUnderIt() {
    assertThat(domains.covers("GET", "/v1.0/123/domains")).isTrue();
    assertThat(domains.covers("GET", "/v1.0/123/domains/")).isTrue();
    assertThat(domains.covers("GET", "/v1.0/123/domains/1001")).isTrue();
    assertThat(domains.covers("GET", "/v1.0/123/domains/1001/records")).isTrue();
    assertThat(domains.covers("GET", "/v1.0/123/domains/1001/records/A-7")).isTrue();
  }

  @Test
  void itStillNeedsTheSegmentsBeforeItAndTheMethod() {
    assertThat(domains.covers("POST", "/v1.0/123/domains")).isFalse();
    assertThat(domains.covers("GET", "/v1.0/123/status/job")).isFalse();
    assertThat(domains.covers("GET", "/v1.0/123/domainsearch")).isFalse();
    assertThat(domains.covers("GET", "/v1.0/domains")).isFalse();
  }

  @Test
  void aDoubleStarInTheMiddleSkipsAnyNumberOfSegments() {
    RequestLimit records = RequestLimit.perEndpoint("PUT /**/records/*", 10, Duration.ofSeconds(1));

    assertThat(records.covers("PUT", "/records/1")).isTrue();
    assertThat(records.covers("PUT", "/v1/zones/z/records/1")).isTrue();
    assertThat(records.covers("PUT", "/v1/zones/z/records")).isFalse();
  }

  @Test
  void oneStarIsStillOneSegment() {
    RequestLimit zone = RequestLimit.perEndpoint("GET /zones/*", 10, Duration.ofSeconds(1));

    assertThat(zone.covers("GET", "/zones/a")).isTrue();
    assertThat(zone.covers("GET", "/zones/a/b")).isFalse();
    assertThat(zone.covers("GET", "/zones")).isFalse();
  }

  @Test
  void aBudgetPacesEveryPathUnderTheLimitTogether() {
    ManualTime time = new ManualTime(Instant.parse("2026-12-04T00:00:00Z"));
    RequestBudget budget = new RequestBudget(List.of(domains), "", time, time);

    budget.acquire("GET", "/v1.0/123/domains");
    budget.acquire("GET", "/v1.0/123/domains/1001");
    budget.acquire("GET", "/v1.0/123/domains/1001/records");
    budget.acquire("GET", "/v1.0/123/status/job"); // not covered: goes at once

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(204), Duration.ofMillis(204));
  }
}
