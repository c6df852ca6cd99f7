package denominator.ultradns;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * The JSON of the UltraDNS REST API, mapped with Gson. A pool's {@code profile} stays a {@link
 * JsonObject}: {@link UltraDnsPools} reads the fields it knows from it and writes back a copy, so
 * that a rewrite of a pool sends back every field it did not understand.
 */
final class UltraDnsJson {

  record Accounts(List<Account> accounts) {}

  record Account(String accountName) {}

  /** One page of {@code /v3/zones}; {@code cursorInfo.next} is absent on the last page. */
  record ZonePage(List<ZoneJson> zones, CursorInfo cursorInfo) {}

  record CursorInfo(String next) {}

  record ZoneJson(ZoneProperties properties) {}

  record ZoneProperties(String name, String accountName, String type) {}

  /** The body of {@code POST /v1/zones}: a new primary zone. */
  record NewZone(ZoneProperties properties, PrimaryCreateInfo primaryCreateInfo) {
    static NewZone primary(String name, String accountName) {
      return new NewZone(
          new ZoneProperties(name, accountName, "PRIMARY"), new PrimaryCreateInfo(true, "NEW"));
    }
  }

  record PrimaryCreateInfo(boolean forceImport, String createType) {}

  /** One page of an rrset listing. */
  record RRSetPage(List<RRSet> rrSets, ResultInfo resultInfo) {}

  record ResultInfo(int totalCount, int offset, int returnedCount) {}

  /**
   * One rrset: as read, with its owner and {@code "A (1)"} type; as written, the body of a {@code
   * POST} or {@code PUT}, without them. {@code profile} is absent for a plain set.
   */
  record RRSet(
      String ownerName, String rrtype, Integer ttl, List<String> rdata, JsonObject profile) {
    /** The body that writes this rrset: ttl, rdata and profile. */
    RRSet body() {
      return new RRSet(null, null, ttl, rdata, profile);
    }
  }

  record Task(String taskId, String code, String message) {}

  /** One request of {@code POST /v1/batch}; {@code uri} starts with {@code /v1}. */
  record BatchRequest(String method, String uri, RRSet body) {}

  /** The answer to one request of a batch: its status and body (an error array when it failed). */
  record BatchAnswer(int status, JsonElement response) {}

  private UltraDnsJson() {}
}
