package denominator.cloudflare;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * The JSON of Cloudflare's API v4, mapped with Gson. Every answer is an {@link Envelope}; the
 * {@link CloudflareEndpoints} open it in one place. A record keeps the fields this provider does
 * not understand ({@code settings}, {@code meta}) as JSON; since a kept record is only ever patched
 * with the fields that changed, they stay as Cloudflare holds them. Fields left {@code null} are
 * not sent.
 */
final class CloudflareJson {

  /** Every answer: {@code result} when {@code success}, {@code errors} otherwise. */
  record Envelope<T>(
      boolean success,
      List<Message> errors,
      T result,
      @SerializedName("result_info") ResultInfo resultInfo) {}

  /** One error of an envelope. */
  record Message(int code, String message) {}

  /** Where a page of a listing is: the pages run from 1 to {@code total_pages}. */
  record ResultInfo(int page, @SerializedName("total_pages") int totalPages) {}

  /** A zone as listed and created. */
  record ZoneJson(String id, String name) {}

  /** The body of {@code POST /zones}. */
  record NewZone(String name, Account account, String type) {}

  /** The account a zone is created in. */
  record Account(String id) {}

  /** Just an id: a deleted zone or record, a record to delete in a batch. */
  record Id(String id) {}

  /**
   * One record, one value: as read, as posted ({@code id} null) and as patched (the {@code id} and
   * the changed fields only). {@code ttl} 1 is Cloudflare's "automatic".
   */
  record RecordJson(
      String id,
      String name,
      String type,
      String content,
      JsonObject data,
      Integer priority,
      Integer ttl,
      Boolean proxied,
      String comment,
      List<String> tags,
      JsonElement settings,
      JsonElement meta) {

    /** A patch of record {@code id}: the fields given, the others ({@code null}) unchanged. */
    static RecordJson patch(
        String id, Integer ttl, Boolean proxied, String comment, List<String> tags) {
      return new RecordJson(
          id, null, null, null, null, null, ttl, proxied, comment, tags, null, null);
    }
  }

  /** A zone's DNS settings: this provider reads and writes only its SOA. */
  record DnsSettings(SoaJson soa) {}

  /**
   * The SOA fields of a zone this provider reads and writes: the zone's email as a mailbox name
   * without the trailing dot, and its TTL. Cloudflare keeps the others (timers, mname) itself.
   */
  record SoaJson(String rname, Integer ttl) {}

  /** The body of {@code POST /zones/{id}/dns_records/batch}, executed in this order. */
  record Batch(
      List<Id> deletes, List<RecordJson> patches, List<RecordJson> puts, List<RecordJson> posts) {}

  /** The result of a batch: the records patched and posted, as Cloudflare holds them after it. */
  record BatchResult(List<RecordJson> patches, List<RecordJson> posts) {}

  private CloudflareJson() {}
}
