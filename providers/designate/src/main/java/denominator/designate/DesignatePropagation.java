package denominator.designate;

import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.ZoneNotFoundException;
import denominator.change.ChangeResult;
import denominator.designate.DesignateJson.ZoneJson;
import denominator.kit.Poller;
import java.time.Duration;

/**
 * Waiting until Designate serves a change: it answers a write at once with the zone {@code
 * PENDING}, then marks it {@code ACTIVE} once its name servers have it, or {@code ERROR}. A wait
 * polls {@code GET /v2/zones/{id}} with the config's clock and sleeper, first after 500 ms, backing
 * off to 5 s.
 */
final class DesignatePropagation {
  /** How long a zone's creation or deletion is awaited. */
  static final Duration ZONE_TIMEOUT = Duration.ofSeconds(300);

  private final DesignateEndpoints endpoints;
  private final Poller poller;

  DesignatePropagation(DesignateEndpoints endpoints, ProviderConfig config) {
    this.endpoints = endpoints;
    this.poller =
        new Poller(config.clock(), config.sleeper(), Duration.ofMillis(500), Duration.ofSeconds(5));
  }

  /**
   * The wait of one apply's writes to a zone: they all share one, so the zone is polled once
   * however many sets were written.
   */
  ChangeResult.Sync sync(String zoneId) {
    return new ChangeResult.Sync() {
      private boolean done;

      @Override
      public synchronized void await(Duration timeout) {
        if (!done) {
          active(zoneId, timeout);
          done = true;
        }
      }
    };
  }

  /**
   * Returns once the zone is {@code ACTIVE}, or gone.
   *
   * @throws DenominatorException when it is {@code ERROR}
   * @throws denominator.AwaitTimeoutException when the timeout passes first
   */
  void active(String zoneId, Duration timeout) {
    poller.await("designate zone " + zoneId + " ACTIVE", timeout, () -> isActive(zoneId));
  }

  /** Returns once the zone is gone. */
  void gone(String zoneId, Duration timeout) {
    poller.await("designate zone " + zoneId + " deleted", timeout, () -> isGone(zoneId));
  }

  private boolean isActive(String zoneId) {
    ZoneJson zone;
    try {
      zone = endpoints.zone(zoneId);
    } catch (ZoneNotFoundException deleted) {
      return true;
    }
    if ("ERROR".equals(zone.status())) {
      throw new DenominatorException(
          DesignateProvider.NAME
              + ": zone "
              + zone.name()
              + " failed to propagate (status "
              + zone.status()
              + ")");
    }
    return "ACTIVE".equals(zone.status());
  }

  private boolean isGone(String zoneId) {
    try {
      endpoints.zone(zoneId);
      return false;
    } catch (ZoneNotFoundException deleted) {
      return true;
    }
  }
}
