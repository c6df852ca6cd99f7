package denominator.azure;

import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;

/**
 * The JSON of Azure DNS (api-version 2018-05-01), mapped with Gson, field names spelled as the API
 * spells them ({@code TTL}, {@code ARecords}, {@code caaRecords}). Fields this provider does not
 * use ({@code fqdn}, {@code provisioningState}) are not mapped. Write bodies are built by {@link
 * AzureRecords}, of these items.
 */
final class AzureJson {

  /** A zone, as listed or read. */
  record ZoneJson(String id, String name, String etag, ZoneProperties properties) {}

  /** The zone's name servers, the four Azure assigned it. */
  record ZoneProperties(List<String> nameServers) {}

  /** One page of zones. */
  record Zones(List<ZoneJson> value, String nextLink) {}

  /** The body of a zone create. */
  record NewZone(String location) {}

  /**
   * A record set; {@code type} ends with its record type ({@code Microsoft.Network/dnszones/A}).
   */
  record RecordSetJson(String name, String type, String etag, Properties properties) {}

  /** One page of record sets. */
  record RecordSets(List<RecordSetJson> value, String nextLink) {}

  /**
   * A set's TTL, another tool's {@code metadata}, an alias target, and the records of its type: one
   * record property is present (none for an alias or an empty set).
   */
  record Properties(
      @SerializedName("TTL") Long ttl,
      Map<String, String> metadata,
      TargetResource targetResource,
      @SerializedName("ARecords") List<A> a,
      @SerializedName("AAAARecords") List<Aaaa> aaaa,
      @SerializedName("CNAMERecord") Cname cname,
      @SerializedName("MXRecords") List<Mx> mx,
      @SerializedName("NSRecords") List<Ns> ns,
      @SerializedName("PTRRecords") List<Ptr> ptr,
      @SerializedName("SRVRecords") List<Srv> srv,
      @SerializedName("TXTRecords") List<Txt> txt,
      @SerializedName("caaRecords") List<Caa> caa,
      @SerializedName("SOARecord") Soa soa) {}

  /** An alias's target; {@code {}} on a set that is no alias. */
  record TargetResource(String id) {}

  record A(String ipv4Address) {}

  record Aaaa(String ipv6Address) {}

  record Cname(String cname) {}

  record Mx(Integer preference, String exchange) {}

  record Ns(String nsdname) {}

  record Ptr(String ptrdname) {}

  record Srv(Integer priority, Integer weight, Integer port, String target) {}

  /** One TXT record: its character-strings. */
  record Txt(List<String> value) {}

  record Caa(Integer flags, String tag, String value) {}

  record Soa(
      String host,
      String email,
      Long serialNumber,
      Long refreshTime,
      Long retryTime,
      Long expireTime,
      @SerializedName("minimumTTL") Long minimumTtl) {}

  /** A long-running operation's state: {@code InProgress}, {@code Succeeded}, {@code Failed}. */
  record Operation(String status, Error error) {}

  /** Why an operation failed. */
  record Error(String code, String message) {}

  private AzureJson() {}
}
