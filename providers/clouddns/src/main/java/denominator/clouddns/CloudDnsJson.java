package denominator.clouddns;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * The JSON of Cloud DNS v1.0, mapped with Gson. Names are FQDNs without the trailing dot, as the
 * service writes them. Gson leaves out null fields when it writes, so a body carries only what it
 * sets; fields this provider does not use (time stamps, {@code accountId}) are not mapped.
 */
final class CloudDnsJson {

  /** A domain, as listed ({@code ttl} absent) or read. */
  record DomainJson(Long id, String name, String emailAddress, Integer ttl) {}

  /** One page of {@code GET /domains}. */
  record Domains(List<DomainJson> domains, List<Link> links) {}

  /** One entry of a page's {@code links}: {@code rel} {@code next} or {@code previous}. */
  record Link(String href, String rel) {}

  /** The body of {@code POST /domains}. */
  record NewDomains(List<NewDomain> domains) {}

  /** One domain to create; {@code emailAddress} is required. */
  record NewDomain(String name, String emailAddress, Integer ttl) {}

  /** The body of {@code PUT /domains/{id}}: the fields to change (null: kept). */
  record DomainUpdate(String emailAddress, Integer ttl) {}

  /**
   * One record, one value; {@code priority} for MX and SRV only. A new record has no {@code id}; an
   * update has no {@code type} (the service refuses to change it) and no {@code comment} (kept).
   */
  record RecordJson(
      String id,
      String name,
      String type,
      String data,
      Integer ttl,
      Integer priority,
      String comment) {}

  /** One page of {@code GET /domains/{id}/records}, and the body of a records POST or PUT. */
  record Records(List<RecordJson> records, List<Link> links) {}

  /**
   * An asynchronous job: {@code status} {@code INITIALIZED}, {@code RUNNING}, {@code COMPLETED} or
   * {@code ERROR}; {@code response} what a completed POST made, {@code error} the fault of a failed
   * one.
   */
  record Job(String status, String jobId, JsonObject response, JsonObject error) {}

  private CloudDnsJson() {}
}
