package denominator.clouddns;

import denominator.AwaitTimeoutException;
import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.UnknownOutcomeException;
import denominator.ZoneNotFoundException;
import denominator.change.ChangeResult;
import denominator.clouddns.CloudDnsJson.Job;
import denominator.kit.Poller;
import java.time.Duration;

/**
 * Waiting for Cloud DNS's asynchronous jobs: every write answers 202 with a job, which ends {@code
 * COMPLETED} or {@code ERROR}, and only then is a refusal known. A wait polls {@code
 * /status/{jobId}?showDetails=true} with the config's clock and sleeper, first after 250 ms,
 * doubling to 2 s (the status rate limit is 5 a second). A delete whose job fails only because what
 * it deleted was absent is done.
 */
final class CloudDnsJobs {
  /** How long one write's job is awaited. */
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final CloudDnsEndpoints endpoints;
  private final Poller poller;

  CloudDnsJobs(CloudDnsEndpoints endpoints, ProviderConfig config) {
    this.endpoints = endpoints;
    this.poller =
        new Poller(config.clock(), config.sleeper(), Duration.ofMillis(250), Duration.ofSeconds(2));
  }

  /**
   * Returns the job once {@code COMPLETED}, within {@link #TIMEOUT}.
   *
   * @param operation what the write did, e.g. {@code "create records"}, for messages
   * @throws DenominatorException the job's error as a typed exception
   * @throws UnknownOutcomeException when it does not end in time, or the service forgot it
   */
  Job await(String operation, String subject, Job started) {
    try {
      return await(operation, subject, started, TIMEOUT);
    } catch (AwaitTimeoutException late) { // it may still end either way
      throw new UnknownOutcomeException(late.getMessage(), late);
    }
  }

  /** The wait for a job as a change result's, its error thrown from {@code await}. */
  ChangeResult.Sync sync(String operation, String subject, Job started) {
    return new ChangeResult.Sync() {
      private boolean done;

      @Override
      public synchronized void await(Duration timeout) {
        if (!done) {
          CloudDnsJobs.this.await(operation, subject, started, timeout);
          done = true;
        }
      }
    };
  }

  private Job await(String operation, String subject, Job started, Duration timeout) {
    Job[] last = {started};
    poller.await(
        CloudDnsProvider.NAME + " job " + started.jobId() + " (" + operation + " " + subject + ")",
        timeout,
        () -> {
          last[0] = status(operation, started.jobId());
          return ended(last[0]);
        });
    Job job = last[0];
    if ("COMPLETED".equals(job.status())
        || operation.startsWith("delete") && CloudDnsErrors.onlyNotFound(job.error())) {
      return job;
    }
    throw CloudDnsErrors.ofJob(operation, subject, job.error());
  }

  // The job now; one the service no longer knows (kept 24 h) has an outcome we cannot learn.
  private Job status(String operation, String jobId) {
    try {
      return endpoints.job(jobId);
    } catch (ZoneNotFoundException unknown) {
      throw new UnknownOutcomeException(
          CloudDnsProvider.NAME + ": " + operation + ": job " + jobId + " is unknown", unknown);
    }
  }

  private static boolean ended(Job job) {
    boolean error = "ERROR".equals(job.status());
    if (error && job.error() == null) {
      throw new UnknownOutcomeException(
          CloudDnsProvider.NAME + ": job " + job.jobId() + " ended ERROR without details", null);
    }
    return error || "COMPLETED".equals(job.status());
  }
}
