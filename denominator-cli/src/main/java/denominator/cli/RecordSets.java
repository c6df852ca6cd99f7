package denominator.cli;

import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.ResourceRecordSetApi;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.model.WeightRange;
import denominator.model.Zone;
import denominator.model.geo.Region;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/** Record set access for one profile: plain round-robin sets, geo sets or weighted sets. */
final class RecordSets {
  private final Session session;
  private final String zoneText;
  private final RecordProfile profile;
  private Zone zone;

  private RecordSets(Session session, String zoneText, RecordProfile profile) {
    this.session = session;
    this.zoneText = zoneText;
    this.profile = profile;
  }

  /** The zone is looked up on first use, so that input is validated before any request. */
  static RecordSets of(Session session, ZoneScope scope, RecordProfile profile) {
    return new RecordSets(session, scope.zone(), profile);
  }

  /**
   * For what is the provider's rather than a zone's (the regions it can express): any zone's view
   * answers without a request, so {@code -z} may be left out.
   */
  static RecordSets ofProvider(Session session, ZoneScope scope, RecordProfile profile) {
    return new RecordSets(session, scope.zone != null ? scope.zone : ".", profile);
  }

  Zone zone() {
    if (zone == null) {
      zone = session.zone(zoneText);
    }
    return zone;
  }

  ResourceRecordSetApi api() {
    String provider = session.manager().provider().metadata().name();
    return switch (profile) {
      case ROUND_ROBIN -> session.api().recordSets(zone().id());
      case GEO ->
          session
              .api()
              .geoRecordSets(zone().id())
              .orElseThrow(() -> new UnsupportedCapabilityException(provider, "geo record sets"));
      case WEIGHTED ->
          session
              .api()
              .weightedRecordSets(zone().id())
              .orElseThrow(
                  () -> new UnsupportedCapabilityException(provider, "weighted record sets"));
    };
  }

  /** Sets of this profile, optionally only those of one name and/or type; lazily filtered. */
  Iterator<ResourceRecordSet> list(String name, String type) {
    String t = type == null ? null : RecordTypes.normalize(type);
    Iterator<ResourceRecordSet> all =
        name == null
            ? api().iterator()
            : t == null ? api().iterateByName(name) : api().iterateByNameAndType(name, t);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, 0), false)
        .filter(this::inProfile)
        .filter(set -> t == null || set.type().equals(t))
        .iterator();
  }

  /** The set of this profile with that name, type and qualifier, if any. */
  Optional<ResourceRecordSet> get(String name, String type, String qualifier) {
    return api().get(name, type, qualifier).filter(this::inProfile);
  }

  boolean inProfile(ResourceRecordSet set) {
    return switch (profile) {
      case ROUND_ROBIN -> set.geo().isEmpty() && set.weighted().isEmpty();
      case GEO -> set.geo().isPresent();
      case WEIGHTED -> set.weighted().isPresent();
    };
  }

  /**
   * The weights the provider accepts. A zone's record set API is a view that sends nothing until
   * used, so this is asked before the zone is looked up, to refuse a weight before any request.
   */
  WeightRange weights() {
    return session
        .api()
        .weightedRecordSets(zoneText)
        .orElseThrow(() -> unsupported("weighted record sets"))
        .supportedWeights();
  }

  /** The regions the provider can express; asked before any request, as {@link #weights}. */
  Collection<Region> regions() {
    return session
        .api()
        .geoRecordSets(zoneText)
        .orElseThrow(() -> unsupported("geo record sets"))
        .supportedRegions();
  }

  private UnsupportedCapabilityException unsupported(String capability) {
    return new UnsupportedCapabilityException(
        session.manager().provider().metadata().name(), capability);
  }

  /** A record type the provider supports in this profile, in canonical form. */
  String type(String type) {
    String canonical = RecordTypes.normalize(type);
    ProviderMetadata metadata = session.manager().provider().metadata();
    if (!metadata.recordTypes(profile).contains(canonical)) {
      throw new ValidationException(
          metadata.name()
              + ": unsupported "
              + profile.name().toLowerCase().replace('_', '-')
              + " record type",
          type,
          "one of " + new TreeSet<>(metadata.recordTypes(profile)));
    }
    return canonical;
  }

  /** An owner name made absolute, which must lie in the zone: names are never made relative. */
  String name(String text) {
    String absolute = Names.absolute(text);
    if (!Names.isWithin(absolute, zone().name())) {
      throw new ValidationException(
          "name not in zone " + zone().name(),
          absolute,
          "a name ending in "
              + zone().name()
              + " (names are absolute, e.g. www."
              + zone().name()
              + ")");
    }
    return absolute;
  }

  /**
   * The change that makes a set {@code after}, given the set {@code before} it (null if none): the
   * set keeps the TTL of {@code before} unless {@code ttl} is given, and the change set is empty
   * when nothing would change.
   */
  static ChangeSet put(ResourceRecordSet before, ResourceRecordSet.Builder after, Integer ttl) {
    if (ttl != null) {
      after.ttl(ttl);
    } else if (before != null && before.ttl().isPresent()) {
      after.ttl(before.ttl().getAsInt());
    }
    ResourceRecordSet set = after.build();
    return set.equals(before) ? ChangeSet.empty() : ChangeSet.builder().put(set).build();
  }

  /** A new geo or weighted set without {@code --ttl} gets the provider's default, often long. */
  static void warnWithoutTtl(Session session) {
    session.warn(
        "a geo or weighted set without --ttl: failover records usually want a short"
            + " TTL, such as --ttl 60");
  }

  static ValidationException notFound(String what) {
    return new ValidationException(
        "no such record set", what, "an existing record set (see the list command)");
  }
}
