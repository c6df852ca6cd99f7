package denominator.clouddns;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The asynchronous jobs of the simulated Cloud DNS (wire page, section 6). Every write is accepted
 * as a job {@code RUNNING}; at {@code accepted + delay} on the clock, in acceptance order, its work
 * runs against the state of that moment and the job ends {@code COMPLETED} (with the work's {@code
 * response}, if any) or {@code ERROR} (with the fault the work threw). Jobs are kept 24 hours. Not
 * thread-safe: the simulator calls it under its lock.
 */
final class Jobs {
  static final Duration KEPT = Duration.ofHours(24);

  /** What a job does when it runs: answers its {@code response} (null: none), or throws. */
  interface Work extends Supplier<JsonObject> {}

  /** One job; {@code path} and {@code requestPath} are relative to the catalog URL. */
  static final class Job {
    final String id;
    final String verb;
    final String requestPath;
    final String request;
    final Instant accepted;
    final Instant due;
    final Work work;
    String status = "RUNNING";
    JsonObject response;
    JsonObject error;

    Job(
        String id,
        String verb,
        String requestPath,
        String request,
        Instant accepted,
        Instant due,
        Work work) {
      this.id = id;
      this.verb = verb;
      this.requestPath = requestPath;
      this.request = request;
      this.accepted = accepted;
      this.due = due;
      this.work = work;
    }

    boolean finished() {
      return status.equals("COMPLETED") || status.equals("ERROR");
    }
  }

  private final Stamps stamps;
  private final Duration delay;
  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private final Deque<Job> pending = new ArrayDeque<>();
  private int failNext;

  Jobs(Stamps stamps, Duration delay) {
    this.stamps = stamps;
    this.delay = delay;
  }

  /** The next {@code n} jobs accepted end {@code ERROR} 500 without doing anything. */
  void failNext(int n) {
    failNext = n;
  }

  /** Accepts a write; {@code request} is its body (null for DELETE). */
  Job accept(String verb, String requestPath, String request, Work work) {
    Instant now = stamps.now();
    Work done = work;
    String id = stamps.uuid();
    if (failNext > 0) {
      failNext--;
      done =
          () -> {
            throw CloudDnsFault.of(
                500, "Internal Server Error", "The job " + id + " failed in the simulator.");
          };
    }
    Job job = new Job(id, verb, requestPath, request, now, now.plus(delay), done);
    jobs.put(id, job);
    pending.add(job);
    return job;
  }

  /** Runs every job now due, in acceptance order, and forgets jobs older than 24 hours. */
  void settle() {
    Instant now = stamps.now();
    while (!pending.isEmpty() && !now.isBefore(pending.peek().due)) {
      run(pending.poll());
    }
    jobs.values().removeIf(job -> job.finished() && !now.isBefore(job.accepted.plus(KEPT)));
  }

  private static void run(Job job) {
    try {
      job.response = job.work.get();
      job.status = "COMPLETED";
    } catch (CloudDnsFault fault) {
      job.error = fault.body();
      job.status = "ERROR";
    }
  }

  Optional<Job> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /**
   * The job as the service describes it, its URLs on {@code base} (the catalog URL as the client
   * reached it); {@code details} adds verb, request URL and body, and the outcome.
   */
  static JsonObject toJson(Job job, String base, boolean details) {
    JsonObject json = new JsonObject();
    json.addProperty("status", job.status);
    if (details) {
      json.addProperty("verb", job.verb);
    }
    json.addProperty("jobId", job.id);
    json.addProperty("callbackUrl", base + "/status/" + job.id);
    if (details) {
      json.addProperty("requestUrl", base + job.requestPath);
      if (job.request != null) {
        json.addProperty("request", job.request);
      }
      if (job.response != null) {
        json.add("response", job.response.deepCopy());
      }
      if (job.error != null) {
        json.add("error", job.error.deepCopy());
      }
    }
    return json;
  }
}
