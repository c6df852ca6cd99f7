package denominator.clouddns;

import denominator.ProviderConfig;
import denominator.ZoneNotFoundException;
import denominator.clouddns.CloudDnsJson.DomainJson;
import denominator.clouddns.CloudDnsJson.DomainUpdate;
import denominator.clouddns.CloudDnsJson.Domains;
import denominator.clouddns.CloudDnsJson.Job;
import denominator.clouddns.CloudDnsJson.Link;
import denominator.clouddns.CloudDnsJson.NewDomain;
import denominator.clouddns.CloudDnsJson.NewDomains;
import denominator.clouddns.CloudDnsJson.RecordJson;
import denominator.clouddns.CloudDnsJson.Records;
import denominator.kit.JsonTransport;
import denominator.kit.Page;
import denominator.kit.Pages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.inject.Inject;
import okhttp3.HttpUrl;

/**
 * The endpoints of Cloud DNS v1.0 that this provider calls, one method each, under the base URL of
 * the identity catalog; every request carries the current token. Listings ask for {@value #LIMIT}
 * items a page and follow the {@code next} link until it is absent, its path and query sent to the
 * catalog's host (the service builds links from its own idea of its address). Every write answers
 * with a job, awaited by {@link CloudDnsJobs}. Names are FQDNs without the trailing dot.
 */
final class CloudDnsEndpoints {
  static final int LIMIT = 100;

  private final CloudDnsTokens tokens;
  private final JsonTransport json;

  @Inject
  CloudDnsEndpoints(ProviderConfig config) {
    this.tokens = new CloudDnsTokens(config);
    this.json =
        JsonTransport.builder(config, CloudDnsErrors.TABLE)
            .auth(tokens.auth())
            .gson(CloudDnsProvider.GSON)
            .networkInterceptor(new CloudDnsThrottling(config.clock()))
            .build();
  }

  /** {@code GET /domains}, page after page. */
  Iterator<DomainJson> domains() {
    return listing(
        "list domains", "", url("domains"), Domains.class, Domains::domains, Domains::links);
  }

  /** {@code GET /domains?name=}: the domain of exactly this name; the service adds subdomains. */
  Optional<DomainJson> domainNamed(String name) {
    HttpUrl.Builder url = url("domains").addQueryParameter("name", name);
    Iterator<DomainJson> found =
        listing("list domains", name, url, Domains.class, Domains::domains, Domains::links);
    while (found.hasNext()) {
      DomainJson domain = found.next();
      if (domain.name().equalsIgnoreCase(name)) {
        return Optional.of(domain);
      }
    }
    return Optional.empty();
  }

  /** {@code GET /domains/{id}}, with its TTL; a {@link ZoneNotFoundException} when missing. */
  DomainJson domain(String id) {
    HttpUrl url =
        domainUrl(id)
            .addQueryParameter("showRecords", "false")
            .addQueryParameter("showSubdomains", "false")
            .build();
    return json.get("read domain", id, url, DomainJson.class);
  }

  /** {@code POST /domains}. */
  Job createDomain(NewDomain domain) {
    return write(
        "POST", "create domain", domain.name(), url("domains"), new NewDomains(List.of(domain)));
  }

  /** {@code PUT /domains/{id}} of the email and TTL to change. */
  Job updateDomain(String id, DomainUpdate update) {
    return write("PUT", "update domain", id, domainUrl(id), update);
  }

  /** {@code DELETE /domains/{id}}; subdomains stay. */
  Job deleteDomain(String id) {
    return write("DELETE", "delete domain", id, domainUrl(id), null);
  }

  /** {@code GET /domains/{id}/records}, page after page, in the service's (id) order. */
  Iterator<RecordJson> records(String domainId) {
    return listing(
        "list records",
        domainId,
        recordsUrl(domainId),
        Records.class,
        Records::records,
        Records::links);
  }

  /**
   * {@code GET /domains/{id}/records?type=&name=}: the records of one name and type. Old answers
   * say 404 for none; the domain is then read, to tell none from a missing domain.
   */
  List<RecordJson> search(String domainId, String name, String type) {
    HttpUrl.Builder url =
        recordsUrl(domainId).addQueryParameter("type", type).addQueryParameter("name", name);
    List<RecordJson> found = new ArrayList<>();
    try {
      listing("search records", domainId, url, Records.class, Records::records, Records::links)
          .forEachRemaining(found::add);
    } catch (ZoneNotFoundException none) {
      domain(domainId);
    }
    return found;
  }

  /** {@code POST /domains/{id}/records}. */
  Job addRecords(String domainId, List<RecordJson> records) {
    return write(
        "POST", "create records", domainId, recordsUrl(domainId), new Records(records, null));
  }

  /** {@code PUT /domains/{id}/records}. */
  Job updateRecords(String domainId, List<RecordJson> records) {
    return write(
        "PUT", "update records", domainId, recordsUrl(domainId), new Records(records, null));
  }

  /** {@code DELETE /domains/{id}/records?id=..}. */
  Job deleteRecords(String domainId, List<String> ids) {
    HttpUrl.Builder url = recordsUrl(domainId);
    ids.forEach(id -> url.addQueryParameter("id", id));
    return write("DELETE", "delete records", domainId, url, null);
  }

  /** {@code GET /status/{jobId}?showDetails=true}, under the catalog URL. */
  Job job(String jobId) {
    HttpUrl url =
        url("status").addPathSegment(jobId).addQueryParameter("showDetails", "true").build();
    return json.get("read job", jobId, url, Job.class);
  }

  // A POST is sent once, as a second copy would fail as a duplicate; a PUT or DELETE has the same
  // effect however often sent (a second DELETE finds nothing, which is done).
  private Job write(
      String method, String operation, String subject, HttpUrl.Builder url, Object body) {
    JsonTransport transport = method.equals("POST") ? json.sendOnce() : json.retrySafe();
    return transport.<Job>send(method, operation, subject, url.build(), body, Job.class).body();
  }

  private <P, T> Iterator<T> listing(
      String operation,
      String subject,
      HttpUrl.Builder first,
      Class<P> type,
      Function<P, List<T>> items,
      Function<P, List<Link>> links) {
    HttpUrl start =
        first
            .addQueryParameter("limit", Integer.toString(LIMIT))
            .addQueryParameter("offset", "0")
            .build();
    return Pages.following(
        start,
        url -> {
          P page = json.get(operation, subject, url, type);
          List<T> found = items.apply(page) == null ? List.of() : items.apply(page);
          Optional<String> next =
              Optional.ofNullable(links.apply(page)).orElse(Collections.emptyList()).stream()
                  .filter(link -> "next".equals(link.rel()) && link.href() != null)
                  .map(Link::href)
                  .findFirst();
          return Page.of(found, found.isEmpty() ? null : next.map(this::rebased).orElse(null));
        });
  }

  // The next link at the catalog's address: its path after the catalog path's /v1.0/{tenant}, and
  // its query, go under the catalog URL, so that a proxy in front of the service stays in front.
  private HttpUrl rebased(String link) {
    HttpUrl next = HttpUrl.get(link);
    HttpUrl base = tokens.dns();
    String basePath = base.encodedPath();
    String tenantPath = basePath.substring(Math.max(basePath.indexOf("/v1.0"), 0));
    int at = next.encodedPath().indexOf(tenantPath);
    String rest =
        at < 0 ? next.encodedPath() : next.encodedPath().substring(at + tenantPath.length());
    return base.newBuilder()
        .encodedPath(at < 0 ? rest : basePath + rest)
        .encodedQuery(next.encodedQuery())
        .build();
  }

  private HttpUrl.Builder url(String path) {
    return tokens.dns().newBuilder().addPathSegments(path);
  }

  private HttpUrl.Builder domainUrl(String id) {
    return url("domains").addPathSegment(id);
  }

  private HttpUrl.Builder recordsUrl(String domainId) {
    return domainUrl(domainId).addPathSegment("records");
  }
}
