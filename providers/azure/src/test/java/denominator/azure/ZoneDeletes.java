package denominator.azure;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Zone deletes as ARM's long-running operations (wire page, section 9): a delete answers 202 with
 * an {@code Azure-AsyncOperation} status URL and a {@code Location} result URL, and ends once the
 * configured delay has passed on the simulator's clock, removing the zone (or, when a failure was
 * asked for, leaving it). Not thread-safe: the simulator calls it under its lock.
 */
final class ZoneDeletes {
  private enum State {
    IN_PROGRESS,
    SUCCEEDED,
    FAILED
  }

  /** One delete: its zone, when it ends, whether it is to fail, and how it ended. */
  private static final class Operation {
    final String id;
    final SimulatedZone zone;
    final String prefix;
    final Instant doneAt;
    final boolean fail;
    State state = State.IN_PROGRESS;

    Operation(String id, SimulatedZone zone, String prefix, Instant doneAt, boolean fail) {
      this.id = id;
      this.zone = zone;
      this.prefix = prefix;
      this.doneAt = doneAt;
      this.fail = fail;
    }
  }

  private final AzureIds ids;
  private final Duration delay;
  private final String resourceGroup;
  private final Map<String, Operation> operations = new HashMap<>();
  private final Set<String> failing = new HashSet<>();

  ZoneDeletes(AzureIds ids, Duration delay, String resourceGroup) {
    this.ids = ids;
    this.delay = delay;
    this.resourceGroup = resourceGroup;
  }

  /** The next delete of this zone (by name, dot or not) ends Failed and leaves the zone. */
  void failNext(String zone) {
    failing.add(AzureDns.bare(zone).toLowerCase(Locale.ROOT));
  }

  /**
   * Starts deleting {@code zone}, or answers the running delete's URLs again; {@code prefix} is the
   * ARM path up to {@code Microsoft.Network}, {@code root} the URL the client came through.
   */
  ArmReply start(SimulatedZone zone, Instant now, String prefix, String root) {
    Operation operation =
        zone.deletion()
            .map(operations::get)
            .orElseGet(
                () -> {
                  boolean fail = failing.remove(zone.name().toLowerCase(Locale.ROOT));
                  Operation started =
                      new Operation("delzone" + ids.hex32(), zone, prefix, now.plus(delay), fail);
                  operations.put(started.id, started);
                  zone.deleting(started.id);
                  return started;
                });
    return ArmReply.empty(202)
        .withHeader("Azure-AsyncOperation", url(root, operation, "dnsOperationStatuses"))
        .withHeader("Location", url(root, operation, "dnsOperationResults"))
        .withHeader("Retry-After", retryAfter(operation));
  }

  /** Ends the deletes whose time has come; a succeeded one removes its zone from {@code zones}. */
  void settle(Instant now, Map<String, SimulatedZone> zones) {
    for (Operation operation : operations.values()) {
      if (operation.state != State.IN_PROGRESS || now.isBefore(operation.doneAt)) {
        continue;
      }
      if (operation.fail) {
        operation.state = State.FAILED;
        operation.zone.deleteFailed();
      } else {
        operation.state = State.SUCCEEDED;
        zones.values().remove(operation.zone);
      }
    }
  }

  /** {@code GET …/dnsOperationStatuses/{id}}: the operation's status as JSON. */
  ArmReply status(String id) {
    Operation operation = operation(id, "dnsOperationStatuses");
    JsonObject body = new JsonObject();
    body.addProperty("status", status(operation.state));
    if (operation.state == State.FAILED) {
      body.add("error", failure(operation).error());
    }
    ArmReply reply = ArmReply.of(200, body.toString());
    return operation.state == State.IN_PROGRESS
        ? reply.withHeader("Retry-After", retryAfter(operation))
        : reply;
  }

  /** {@code GET …/dnsOperationResults/{id}}: 202 while running, then {@code true} or the error. */
  ArmReply result(String id, String root) {
    Operation operation = operation(id, "dnsOperationResults");
    return switch (operation.state) {
      case IN_PROGRESS ->
          ArmReply.empty(202)
              .withHeader("Location", url(root, operation, "dnsOperationResults"))
              .withHeader("Retry-After", retryAfter(operation));
      case SUCCEEDED -> ArmReply.of(200, "true");
      case FAILED -> failure(operation).reply();
    };
  }

  private Operation operation(String id, String resourceType) {
    Operation operation = operations.get(id);
    if (operation == null) {
      throw ArmRefusal.resourceNotFound(resourceType, id, resourceGroup);
    }
    return operation;
  }

  private static ArmRefusal failure(Operation operation) {
    return ArmRefusal.wrapped(
        500, "InternalServerError", "The zone " + operation.zone.name() + " could not be deleted.");
  }

  private static String status(State state) {
    return switch (state) {
      case IN_PROGRESS -> "InProgress";
      case SUCCEEDED -> "Succeeded";
      case FAILED -> "Failed";
    };
  }

  // whole seconds until the operation ends: 0 once it is due, as real answers give
  private String retryAfter(Operation operation) {
    Duration left = Duration.between(ids.now(), operation.doneAt);
    long seconds = left.isNegative() ? 0 : (left.toMillis() + 999) / 1000;
    return Long.toString(seconds);
  }

  private static String url(String root, Operation operation, String resourceType) {
    return root
        + operation.prefix.substring(1)
        + "/"
        + resourceType
        + "/"
        + operation.id
        + "?api-version="
        + AzureSimulator.API_VERSION;
  }
}
