package denominator.route53;

import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.kit.NameType;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import denominator.model.geo.Region;
import denominator.model.rdata.ProviderRData;
import denominator.model.rdata.RData;
import denominator.model.rdata.SPFData;
import denominator.model.rdata.TXTData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.route53.model.ResourceRecord;

/**
 * Mapping between model record sets and Route53's: values, TTLs, weights, aliases, and geo sets as
 * one Route53 record set per region (see {@link Route53Geo} for the SetIdentifier convention).
 * Types are the model's simple names; Route53's are fully qualified.
 */
final class Route53Records {
  private static final Logger log = LoggerFactory.getLogger(Route53Records.class);
  static final String[] TYPES = {
    "A", "AAAA", "CAA", "CNAME", "DS", "HTTPS", "MX", "NAPTR", "NS", "PTR", "SOA", "SPF", "SRV",
    "SSHFP", "SVCB", "TLSA", "TXT"
  };
  static final String[] QUALIFIED_TYPES = {
    "A", "AAAA", "CAA", "CNAME", "HTTPS", "MX", "NAPTR", "PTR", "SPF", "SRV", "SSHFP", "SVCB",
    "TLSA", "TXT"
  };
  static final long DEFAULT_TTL = 300;

  /** The provider-data key of a Route53 health check id. */
  static final String HEALTH_CHECK_ID = "healthCheckId";

  /** The owner name and type shared by the record sets that Route53 lists together. */
  static NameType nameType(software.amazon.awssdk.services.route53.model.ResourceRecordSet r) {
    return new NameType(name(r), r.typeAsString());
  }

  /**
   * The Route53 record sets that store {@code set}: one, or one per region of a geo set. Its
   * profile, type and weight are checked already ({@link Route53Batches#check}).
   */
  static List<software.amazon.awssdk.services.route53.model.ResourceRecordSet> toRoute53(
      ResourceRecordSet set) {
    if (set.providerData().containsKey(ResourceRecordSet.ROUTING)) {
      throw new UnsupportedCapabilityException(
          Route53Provider.NAME,
          "writing "
              + set.key()
              + ", routed by "
              + set.providerData().get(ResourceRecordSet.ROUTING)
              + " (read only: the model cannot express that routing)");
    }
    var base =
        software.amazon.awssdk.services.route53.model.ResourceRecordSet.builder()
            .name(set.name())
            .type(set.type())
            .healthCheckId(set.providerData().get(HEALTH_CHECK_ID));
    Optional<AliasTarget> alias = alias(set);
    if (alias.isPresent()) {
      AliasTarget a = alias.get();
      base.aliasTarget(
          t ->
              t.hostedZoneId(a.hostedZoneId())
                  .dnsName(a.dnsName())
                  .evaluateTargetHealth(a.evaluateTargetHealth()));
    } else {
      base.ttl((long) set.ttl().orElse((int) DEFAULT_TTL))
          .resourceRecords(
              set.records().stream()
                  .map(r -> ResourceRecord.builder().value(value(r)).build())
                  .toList());
    }
    if (set.weighted().isPresent()) {
      return List.of(
          base.setIdentifier(set.qualifier().orElseThrow())
              .weight((long) set.weighted().get().weight())
              .build());
    }
    if (set.geo().isPresent()) {
      String qualifier = set.qualifier().orElseThrow();
      return set.geo().get().regions().stream()
          .map(
              region ->
                  base.copy()
                      .setIdentifier(Route53Geo.setIdentifier(qualifier, region))
                      .geoLocation(Route53Geo.location(region))
                      .build())
          .toList();
    }
    return List.of(base.build());
  }

  private static Optional<AliasTarget> alias(ResourceRecordSet set) {
    boolean any = set.records().stream().anyMatch(AliasTarget.class::isInstance);
    if (!any) {
      return Optional.empty();
    }
    if (set.records().size() > 1 || set.ttl().isPresent()) {
      throw new ValidationException(
          "route53: alias with other records or a TTL",
          set.toString(),
          "exactly one alias and no TTL");
    }
    return Optional.of((AliasTarget) set.records().get(0));
  }

  /** The Route53 value of one record; TXT and SPF in Route53's quoting. */
  static String value(RData record) {
    if (record instanceof TXTData txt) {
      return Route53Text.quote(txt.strings());
    }
    if (record instanceof SPFData spf) {
      return Route53Text.quote(spf.strings());
    }
    if (record instanceof ProviderRData other) {
      throw new UnsupportedCapabilityException(
          Route53Provider.NAME, other.provider() + " record data " + other);
    }
    return record.toString();
  }

  /** The record of a Route53 value. */
  static RData rdata(String type, String value) {
    return switch (type) {
      case "TXT" -> new TXTData(Route53Text.unquote(value));
      case "SPF" -> new SPFData(Route53Text.unquote(value));
      default -> RData.parse(type, value);
    };
  }

  /** The model's name of a Route53 record set: octal escapes undone, absolute, lower-case. */
  static String name(software.amazon.awssdk.services.route53.model.ResourceRecordSet r) {
    return Names.absolute(Route53Text.name(r.name()));
  }

  /** A Route53 record set and the model set it reads as on its own (one region, one member). */
  record Member(
      software.amazon.awssdk.services.route53.model.ResourceRecordSet route53,
      ResourceRecordSet set) {
    RecordSetKey key() {
      return set.key();
    }

    Member requalified(String qualifier) {
      return new Member(route53, set.toBuilder().qualifier(qualifier).build());
    }
  }

  /**
   * The Route53 record sets of one name and type as members of model sets. Geo members join the set
   * {@code q} when their SetIdentifier is {@code q@<code of their own location>} and their data
   * (TTL, values, provider data) agree with the largest group of such members (ties: the first
   * listed); any other member keeps its SetIdentifier, verbatim, as its qualifier.
   */
  static List<Member> members(
      List<software.amazon.awssdk.services.route53.model.ResourceRecordSet> sameNameAndType) {
    List<Member> members = new ArrayList<>();
    sameNameAndType.forEach(r -> members.add(new Member(r, fromRoute53(r))));
    Map<RecordSetKey, List<Integer>> geoGroups = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).set().geo().isPresent()) {
        geoGroups.computeIfAbsent(members.get(i).key(), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> group : geoGroups.values()) {
      Map<ResourceRecordSet, List<Integer>> byData = new LinkedHashMap<>();
      group.forEach(
          i -> byData.computeIfAbsent(data(members.get(i).set()), d -> new ArrayList<>()).add(i));
      List<Integer> largest =
          byData.values().stream().reduce((a, b) -> b.size() > a.size() ? b : a).orElseThrow();
      for (int i : group) {
        if (!largest.contains(i)) {
          members.set(i, members.get(i).requalified(members.get(i).route53().setIdentifier()));
        }
      }
    }
    return members;
  }

  // A member's data without its region: what members of one geo set must share.
  private static ResourceRecordSet data(ResourceRecordSet set) {
    return set.toBuilder().qualifier(null).geo(null).build();
  }

  /** One Route53 record set as a model set on its own: one region of a geo set, or a whole set. */
  static ResourceRecordSet fromRoute53(
      software.amazon.awssdk.services.route53.model.ResourceRecordSet r) {
    String name = name(r);
    String type = r.typeAsString();
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name(name).type(type).qualifier(r.setIdentifier());
    if (r.aliasTarget() != null) {
      set.add(
          new AliasTarget(
              type,
              r.aliasTarget().hostedZoneId(),
              Route53Text.name(r.aliasTarget().dnsName()),
              r.aliasTarget().evaluateTargetHealth()));
    } else {
      set.ttl(r.ttl().intValue());
      r.resourceRecords().forEach(record -> set.add(rdata(type, record.value())));
    }
    Optional<String> routing = Route53Routing.describe(r);
    if (routing.isPresent()) {
      set.providerData(ResourceRecordSet.ROUTING, routing.get());
    } else if (r.weight() != null) {
      set.weighted(new Weighted(r.weight().intValue()));
    } else if (r.geoLocation() != null) {
      Region region = Route53Geo.region(r.geoLocation()).orElseThrow();
      set.qualifier(Route53Geo.qualifier(r.setIdentifier(), region));
      set.geo(new Geo(Set.of(region)));
    }
    if (r.healthCheckId() != null) {
      set.providerData(HEALTH_CHECK_ID, r.healthCheckId());
    }
    return set.build();
  }

  /** Reads the Route53 record sets of one name and type, grouping each geo set's members. */
  static List<ResourceRecordSet> fromRoute53(
      List<software.amazon.awssdk.services.route53.model.ResourceRecordSet> sameNameAndType) {
    Map<RecordSetKey, ResourceRecordSet> sets = new LinkedHashMap<>();
    for (Member member : members(sameNameAndType)) {
      sets.merge(member.key(), member.set(), Route53Records::mergeGeo);
    }
    return new ArrayList<>(sets.values());
  }

  private static ResourceRecordSet mergeGeo(ResourceRecordSet first, ResourceRecordSet next) {
    if (first.geo().isEmpty() || next.geo().isEmpty()) {
      log.warn("two record sets with key {}; reading the first", first.key());
      return first;
    }
    Set<Region> regions = new LinkedHashSet<>(first.geo().get().regions());
    regions.addAll(next.geo().get().regions());
    return first.toBuilder().geo(new Geo(regions)).build();
  }

  private Route53Records() {}
}
