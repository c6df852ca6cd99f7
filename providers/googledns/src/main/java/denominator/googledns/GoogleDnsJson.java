package denominator.googledns;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * The JSON of the Cloud DNS API v1, mapped with Gson. An rrset is kept as the object the vendor
 * sent ({@link RRSet#raw}) beside the fields this provider reads, so that a deletion sends back
 * exactly what the vendor holds and a rewrite keeps the fields and routing policies this provider
 * does not understand.
 */
final class GoogleDnsJson {
  private static final Gson GSON = new Gson();

  /** A managed zone: {@code name} is its label (our zone id), {@code dnsName} ends with a dot. */
  record ManagedZone(
      String name,
      String dnsName,
      String description,
      String id,
      List<String> nameServers,
      String visibility) {}

  /** One page of {@code managedZones}. */
  record ZonesPage(List<ManagedZone> managedZones, String nextPageToken) {}

  /** One page of {@code rrsets}, each rrset as sent. */
  record RRSetsPage(List<JsonObject> rrsets, String nextPageToken) {}

  /** A change: what {@code POST .../changes} takes and answers, and {@code GET} answers. */
  record Change(String id, String status, List<JsonObject> additions, List<JsonObject> deletions) {

    /** The change to send: no id or status yet. */
    static Change of(List<JsonObject> additions, List<JsonObject> deletions) {
      return new Change(null, null, additions, deletions);
    }

    boolean done() {
      return "done".equals(status);
    }
  }

  /**
   * One rrset: the fields this provider reads, and the whole object as the vendor sent it.
   *
   * @param rrdatas presentation strings; empty for an rrset routed by a policy
   * @param routingPolicy {@code wrr}, {@code geo}, {@code primaryBackup}..., or null
   */
  record RRSet(
      String name,
      String type,
      Integer ttl,
      List<String> rrdatas,
      JsonObject routingPolicy,
      JsonObject raw) {

    static RRSet of(JsonObject raw) {
      Fields fields = GSON.fromJson(raw, Fields.class);
      return new RRSet(
          fields.name(),
          fields.type(),
          fields.ttl(),
          fields.rrdatas() == null ? List.of() : fields.rrdatas(),
          fields.routingPolicy(),
          raw);
    }

    /**
     * The object to write for an rrset: the fields of {@code kept} (the rrset it replaces, or null)
     * that this provider does not set, then its own.
     *
     * @param content the rrdatas (an array), or the routing policy (an object)
     */
    static JsonObject write(
        String name, String type, int ttl, JsonElement content, JsonObject kept) {
      JsonObject rrset = kept == null ? new JsonObject() : kept.deepCopy();
      rrset.remove("rrdatas");
      rrset.remove("routingPolicy");
      rrset.remove("signatureRrdatas"); // the vendor's signatures, not ours to send
      rrset.addProperty("name", name);
      rrset.addProperty("type", type);
      rrset.addProperty("ttl", ttl);
      rrset.add(content.isJsonArray() ? "rrdatas" : "routingPolicy", content);
      return rrset;
    }
  }

  /** The fields of an rrset this provider reads. */
  private record Fields(
      String name, String type, Integer ttl, List<String> rrdatas, JsonObject routingPolicy) {}

  private GoogleDnsJson() {}
}
