package denominator.designate;

import denominator.ProviderConfig;
import denominator.designate.DesignateJson.Limits;
import denominator.designate.DesignateJson.Links;
import denominator.designate.DesignateJson.NewRecordSet;
import denominator.designate.DesignateJson.NewZone;
import denominator.designate.DesignateJson.RecordSetJson;
import denominator.designate.DesignateJson.RecordSetUpdate;
import denominator.designate.DesignateJson.RecordSets;
import denominator.designate.DesignateJson.ZoneJson;
import denominator.designate.DesignateJson.ZoneUpdate;
import denominator.designate.DesignateJson.Zones;
import denominator.kit.JsonTransport;
import denominator.kit.Page;
import denominator.kit.Pages;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.inject.Inject;
import okhttp3.HttpUrl;

/**
 * The endpoints of Designate v2 that this provider calls, one method each, under the DNS base URL
 * of the Keystone catalog; every request carries the current token. Listings ask for {@value
 * #LIMIT} items a page and follow {@code links.next} until it is absent or a page is empty
 * (Designate links a full last page to an empty one), its path and query sent to the catalog's
 * host, as Designate builds links from its own idea of its address. Names are absolute, with the
 * trailing dot, as Designate writes them.
 */
final class DesignateEndpoints {
  static final int LIMIT = 1000;

  private final DesignateTokens tokens;
  private final JsonTransport json;
  private volatile Integer maxRecordsPerSet;

  @Inject
  DesignateEndpoints(ProviderConfig config) {
    this.tokens = new DesignateTokens(config);
    this.json =
        JsonTransport.builder(config, DesignateErrors.TABLE)
            .auth(tokens.auth())
            .gson(DesignateProvider.GSON)
            .build();
  }

  /** {@code GET /v2/zones}, page after page. */
  Iterator<ZoneJson> zones() {
    return listing("list zones", "", url("zones").build(), Zones.class, Zones::zones, Zones::links);
  }

  /** {@code GET /v2/zones?name=}: the zone of this absolute name, if any. */
  Optional<ZoneJson> zoneNamed(String name) {
    HttpUrl url = url("zones").addQueryParameter("name", name).build();
    return stream(listing("list zones", name, url, Zones.class, Zones::zones, Zones::links))
        .filter(zone -> zone.name().equalsIgnoreCase(name))
        .findFirst();
  }

  /** {@code GET /v2/zones/{id}}; a {@link denominator.ZoneNotFoundException} when missing. */
  ZoneJson zone(String id) {
    return json.get("read zone", id, zoneUrl(id).build(), ZoneJson.class);
  }

  /** {@code POST /v2/zones}: 202, the zone PENDING. Sent once: a second copy is a duplicate. */
  ZoneJson createZone(NewZone zone) {
    return json.sendOnce()
        .post("create zone", zone.name(), url("zones").build(), zone, ZoneJson.class);
  }

  /** {@code PATCH /v2/zones/{id}} with the email and TTL to change. */
  ZoneJson updateZone(String id, ZoneUpdate update) {
    return json.retrySafe().patch("update zone", id, zoneUrl(id).build(), update, ZoneJson.class);
  }

  /** {@code DELETE /v2/zones/{id}}: 202, the zone gone once Designate has propagated it. */
  void deleteZone(String id) {
    json.sendOnce().delete("delete zone", id, zoneUrl(id).build(), Void.class);
  }

  /**
   * {@code GET /v2/zones/{id}/recordsets}, of one name (and type) when given. Designate's filters
   * are SQL patterns ({@code _} matches any character), so only sets of exactly that name are kept.
   */
  Iterator<RecordSetJson> recordSets(String zoneId, String name, String type) {
    HttpUrl.Builder url = recordSetsUrl(zoneId);
    if (name != null) {
      url.addQueryParameter("name", name);
    }
    if (type != null) {
      url.addQueryParameter("type", type);
    }
    Iterator<RecordSetJson> all =
        listing(
            "list recordsets",
            zoneId,
            url.build(),
            RecordSets.class,
            RecordSets::recordsets,
            RecordSets::links);
    if (name == null) {
      return all;
    }
    return stream(all).filter(set -> set.name().toLowerCase(Locale.ROOT).equals(name)).iterator();
  }

  /** {@code POST .../recordsets}: sent once, as a second copy would be a duplicate. */
  RecordSetJson createRecordSet(String zoneId, NewRecordSet set) {
    return json.sendOnce()
        .post(
            "create recordset " + set.name() + " " + set.type(),
            zoneId,
            recordSetsUrl(zoneId).build(),
            set,
            RecordSetJson.class);
  }

  /** {@code PUT .../recordsets/{id}}: the same whatever how often sent. */
  RecordSetJson updateRecordSet(String zoneId, String id, RecordSetUpdate update) {
    return json.retrySafe()
        .put(
            "update recordset " + id,
            zoneId,
            recordSetsUrl(zoneId).addPathSegment(id).build(),
            update,
            RecordSetJson.class);
  }

  /**
   * {@code DELETE .../recordsets/{id}}: sent once, a lost answer settled by reading; a {@link
   * DesignateErrors.NotFound} when the set is gone.
   */
  void deleteRecordSet(String zoneId, String id) {
    json.sendOnce()
        .delete(
            "delete recordset " + id,
            zoneId,
            recordSetsUrl(zoneId).addPathSegment(id).build(),
            Void.class);
  }

  /** {@code GET /v2/limits}'s {@code max_recordset_records}, read once. */
  int maxRecordsPerSet() {
    if (maxRecordsPerSet == null) {
      Limits limits = json.get("read limits", "", url("limits").build(), Limits.class);
      maxRecordsPerSet =
          limits.maxRecordsetRecords() == null ? Integer.MAX_VALUE : limits.maxRecordsetRecords();
    }
    return maxRecordsPerSet;
  }

  private static <T> Stream<T> stream(Iterator<T> items) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, 0), false);
  }

  private <P, T> Iterator<T> listing(
      String operation,
      String subject,
      HttpUrl first,
      Class<P> type,
      Function<P, List<T>> items,
      Function<P, Links> links) {
    return Pages.following(
        first.newBuilder().addQueryParameter("limit", Integer.toString(LIMIT)).build(),
        url -> {
          P page = json.get(operation, subject, url, type);
          List<T> found = items.apply(page) == null ? List.of() : items.apply(page);
          Links next = links.apply(page);
          boolean last = found.isEmpty() || next == null || next.next() == null;
          return Page.of(found, last ? null : rebased(next.next()));
        });
  }

  // The next link at the catalog's address: Designate builds links from its own idea of its
  // address, which behind a proxy is often not ours, so the link's path from /v2/ on and its query
  // go under the catalog URL.
  private HttpUrl rebased(String link) {
    HttpUrl next = HttpUrl.get(link);
    String path = next.encodedPath();
    int v2 = path.indexOf("/v2/");
    HttpUrl base = tokens.dns();
    return base.newBuilder()
        .encodedPath(base.encodedPath().replaceAll("/+$", "") + path.substring(Math.max(v2, 0)))
        .encodedQuery(next.encodedQuery())
        .build();
  }

  private HttpUrl.Builder url(String path) {
    return tokens.dns().newBuilder().addPathSegment("v2").addPathSegments(path);
  }

  private HttpUrl.Builder zoneUrl(String id) {
    return url("zones").addPathSegment(id);
  }

  private HttpUrl.Builder recordSetsUrl(String zoneId) {
    return zoneUrl(zoneId).addPathSegment("recordsets");
  }
}
