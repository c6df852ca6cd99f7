package denominator.clouddns;

import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.clouddns.CloudDnsJson.DomainJson;
import denominator.clouddns.CloudDnsJson.DomainUpdate;
import denominator.clouddns.CloudDnsJson.Domains;
import denominator.clouddns.CloudDnsJson.Job;
import denominator.clouddns.CloudDnsJson.NewDomain;
import denominator.kit.ZoneLookup;
import denominator.model.Names;
import denominator.model.Zone;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Cloud DNS domains. A zone's id is the domain's number, as a string; its email and TTL are fields
 * of the domain, which a listing leaves out the TTL of (so listed zones show neither, and a zone
 * found by {@link #iterateByName} is read whole: two requests). {@link #iterateByNameWithoutSoa} is
 * the listing by name alone, one request unless 100 or more subdomains sort before the domain (the
 * listing by name shows them too), {@link #byId} the read alone. A create needs an email: the
 * zone's, or {@code hostmaster@<zone>}. Every write is a job, awaited, so that what follows finds
 * the zone there, or gone.
 */
final class CloudDnsZoneApi implements ZoneApi {
  /** A domain's number as {@link #id} writes it. */
  private static final Pattern DOMAIN_ID = Pattern.compile("[1-9][0-9]{0,18}");

  private final CloudDnsEndpoints endpoints;
  private final CloudDnsJobs jobs;

  CloudDnsZoneApi(CloudDnsEndpoints endpoints, CloudDnsJobs jobs) {
    this.endpoints = endpoints;
    this.jobs = jobs;
  }

  @Override
  public Iterator<Zone> iterator() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(endpoints.domains(), 0), false)
        .map(CloudDnsZoneApi::listed)
        .iterator();
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    return endpoints.domainNamed(relative(name)).map(d -> zone(endpoints.domain(id(d)))).stream()
        .iterator();
  }

  @Override
  public Iterator<Zone> iterateByNameWithoutSoa(String name) {
    return endpoints.domainNamed(relative(name)).map(CloudDnsZoneApi::listed).stream().iterator();
  }

  /** One read of the domain; text that is no domain number is no zone's id, without a request. */
  @Override
  public Optional<Zone> byId(String id) {
    if (!DOMAIN_ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return ZoneLookup.find(() -> zone(endpoints.domain(id)));
  }

  /**
   * Creates the domain unless one has its name, else changes its email and TTL where they differ.
   */
  @Override
  public String put(Zone zone) {
    String name = relative(zone.name());
    Integer ttl = zone.ttl().isPresent() ? zone.ttl().getAsInt() : null;
    Optional<DomainJson> current = endpoints.domainNamed(name);
    if (current.isEmpty()) {
      return create(new NewDomain(name, zone.email().orElse("hostmaster@" + name), ttl));
    }
    String id = id(current.get());
    DomainJson domain = endpoints.domain(id);
    String email = zone.email().filter(e -> !e.equals(domain.emailAddress())).orElse(null);
    Integer newTtl = ttl != null && !Objects.equals(ttl, domain.ttl()) ? ttl : null;
    if (email != null || newTtl != null) {
      Job job = endpoints.updateDomain(id, new DomainUpdate(email, newTtl));
      jobs.await("update domain", id, job);
    }
    return id;
  }

  // A create refused as existing, or whose answer was lost, may have been made: the name says.
  private String create(NewDomain domain) {
    try {
      Job done = jobs.await("create domain", domain.name(), endpoints.createDomain(domain));
      Domains made = CloudDnsProvider.GSON.fromJson(done.response(), Domains.class);
      if (made != null && made.domains() != null && !made.domains().isEmpty()) {
        return id(made.domains().get(0));
      }
    } catch (InvalidChangeException | UnknownOutcomeException maybeThere) {
      return endpoints
          .domainNamed(domain.name())
          .map(CloudDnsZoneApi::id)
          .orElseThrow(() -> maybeThere);
    }
    return endpoints.domainNamed(domain.name()).map(CloudDnsZoneApi::id).orElseThrow();
  }

  @Override
  public void delete(String id) {
    try {
      jobs.await("delete domain", id, endpoints.deleteDomain(id));
    } catch (ZoneNotFoundException absent) {
      // deleting nothing is a no-op
    }
  }

  /** The domain as a listing shows it: without its TTL, so without its email either. */
  private static Zone listed(DomainJson domain) {
    return Zone.withoutSoa(id(domain), Names.absolute(domain.name()));
  }

  private static Zone zone(DomainJson domain) {
    return domain.emailAddress() == null || domain.ttl() == null
        ? listed(domain)
        : new Zone(id(domain), Names.absolute(domain.name()), domain.emailAddress(), domain.ttl());
  }

  private static String id(DomainJson domain) {
    return Long.toString(domain.id());
  }

  private static String relative(String name) {
    return CloudDnsRecords.relative(Names.absolute(name));
  }
}
