package denominator.powerdns;

import denominator.GeoResourceRecordSetApi;
import denominator.InvalidChangeException;
import denominator.RecordProfile;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.WeightedResourceRecordSetApi;
import denominator.change.Change;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.model.WeightRange;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import denominator.model.rdata.GenericData;
import denominator.powerdns.PowerDnsJson.RRSet;
import denominator.powerdns.PowerDnsJson.Rec;
import denominator.powerdns.PowerDnsLua.Decoded;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record sets of one PowerDNS zone: all of them, or only the geo or weighted ones (kept as LUA
 * records, see {@link PowerDnsLua}). PowerDNS returns a zone's sets in one response, so every read
 * is one request for the whole zone: PowerDNS 4.7 leaves disabled records out of an answer filtered
 * by name. Every write reads the zone, then sends one {@code PATCH} of whole sets that keeps what
 * the current sets hold beside their records (see {@link PowerDnsRecords}); a qualified set is
 * written by reading its name's LUA records, changing them and replacing them, so concurrent
 * writers of one name's sets may overwrite each other.
 */
final class PowerDnsRecordSetApi implements GeoResourceRecordSetApi, WeightedResourceRecordSetApi {
  private static final Logger log = LoggerFactory.getLogger(PowerDnsRecordSetApi.class);
  static final WeightRange WEIGHTS = new WeightRange(0, 255);

  /** Up to this many names, a write reads each name; past it, the whole zone once. */
  private static final int NAMES_SEARCHED_ONE_BY_ONE = 3;

  static final Set<RegionKind> REGION_KINDS =
      Set.of(RegionKind.WORLD, RegionKind.CONTINENT, RegionKind.COUNTRY);

  private final PowerDnsApi api;
  private final String zoneId;
  private final RecordProfile profile;

  /** {@code profile} null means every set; GEO or WEIGHTED only those. */
  PowerDnsRecordSetApi(PowerDnsApi api, String zoneId, RecordProfile profile) {
    this.api = api;
    this.zoneId = zoneId;
    this.profile = profile;
  }

  @Override
  public Collection<Region> supportedRegions() {
    return Regions.all().filter(r -> REGION_KINDS.contains(r.kind())).toList();
  }

  @Override
  public WeightRange supportedWeights() {
    return WEIGHTS;
  }

  @Override
  public Iterator<ResourceRecordSet> iterator() {
    return read(null, null).iterator();
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByName(String name) {
    return read(Names.absolute(name), null).iterator();
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByNameAndType(String name, String type) {
    return read(Names.absolute(name), RecordTypes.normalize(type)).iterator();
  }

  @Override
  public Optional<ResourceRecordSet> get(RecordSetKey key) {
    return read(key.name(), key.type()).stream().filter(s -> s.key().equals(key)).findFirst();
  }

  @Override
  public void put(ResourceRecordSet recordSet) {
    if (profile == RecordProfile.GEO && recordSet.geo().isEmpty()
        || profile == RecordProfile.WEIGHTED && recordSet.weighted().isEmpty()) {
      throw new ValidationException(
          "not a " + profile + " record set",
          recordSet.toString(),
          "a set with " + (profile == RecordProfile.GEO ? "geo regions" : "a weight"));
    }
    api.patch(zoneId, patch(List.of(new Change.Put(recordSet))));
  }

  @Override
  public void delete(RecordSetKey key) {
    api.patch(zoneId, patch(List.of(new Change.Delete(key))));
  }

  /** The sets of this name and type, or every name or type where null, ordered by key. */
  private List<ResourceRecordSet> read(String name, String type) {
    List<RRSet> rrsets =
        name == null
            ? api.zone(zoneId, null, null).rrsets()
            : api.rrsetsNamed(zoneId, name).orElseGet(() -> api.zone(zoneId, null, null).rrsets());
    return rrsets.stream()
        .filter(rrset -> name == null || PowerDnsJson.matches(rrset, name, null))
        .flatMap(PowerDnsRecordSetApi::toSets)
        .filter(set -> type == null || set.type().equals(type))
        .filter(
            set ->
                profile == null
                    || (profile == RecordProfile.GEO
                        ? set.geo().isPresent()
                        : set.weighted().isPresent()))
        .sorted(Comparator.comparing(ResourceRecordSet::key))
        .toList();
  }

  private static Stream<ResourceRecordSet> toSets(RRSet rrset) {
    if (!rrset.type().equals(PowerDnsLua.TYPE)) {
      try {
        return PowerDnsRecords.toSet(rrset).stream();
      } catch (ValidationException e) { // a PowerDNS type that neither dnsjava nor we know
        log.warn(
            "{}: skipping {} {}: {}",
            PowerDnsProvider.NAME,
            rrset.name(),
            rrset.type(),
            e.getMessage());
        return Stream.empty();
      }
    }
    String name = Names.absolute(rrset.name());
    List<Rec> records = rrset.records() == null ? List.of() : rrset.records();
    Decoded lua =
        PowerDnsLua.decode(
            name, records.stream().filter(r -> !r.disabled()).map(Rec::content).toList());
    List<String> disabled = records.stream().filter(Rec::disabled).map(Rec::content).toList();
    if (lua.foreign().isEmpty() && disabled.isEmpty()) {
      return lua.sets().stream();
    }
    // LUA records not ours, and disabled ones (which the server does not run), as one plain set
    ResourceRecordSet.Builder foreign =
        ResourceRecordSet.builder().name(name).type(PowerDnsLua.GENERIC_TYPE).ttl(rrset.ttl());
    Stream.concat(lua.foreign().stream(), disabled.stream())
        .map(PowerDnsLua::generic)
        .forEach(foreign::add);
    PowerDnsRecords.withDisabled(
        foreign, disabled.stream().map(c -> PowerDnsLua.generic(c).toString()).toList());
    return Stream.concat(lua.sets().stream(), Stream.of(foreign.build()));
  }

  /**
   * The rrset changes of one {@code PATCH} that makes {@code changes}: plain sets map one to one;
   * the qualified and LUA changes of a name become one replacement of the name's LUA set. Reads
   * what it puts over, to keep the disabled flags, texts and foreign LUA records of the current
   * rrsets: name by name through {@code search-data} (PowerDNS 4.7 leaves disabled records out of
   * an answer filtered by name) when the change set touches a few names, else the whole zone once.
   */
  List<RRSet> patch(List<Change> changes) {
    List<RRSet> rrsets = new ArrayList<>();
    Map<String, List<Change>> lua = new LinkedHashMap<>();
    long names = changes.stream().map(c -> c.key().name()).distinct().count();
    Function<String, List<RRSet>> current =
        names <= NAMES_SEARCHED_ONE_BY_ONE ? rrsetsByName() : allRRSets();
    for (Change change : changes) {
      if (isLua(change)) {
        check(change);
        lua.computeIfAbsent(change.key().name(), n -> new ArrayList<>()).add(change);
      } else if (change instanceof Change.Put put) {
        rrsets.add(
            replace(
                put.recordSet(),
                find(
                    current,
                    change.key().name(),
                    PowerDnsRecords.vendorType(change.key().type()))));
      } else {
        rrsets.add(
            PowerDnsJson.delete(
                change.key().name(), PowerDnsRecords.vendorType(change.key().type())));
      }
    }
    lua.forEach(
        (name, nameChanges) ->
            rrsets.add(luaChange(name, find(current, name, PowerDnsLua.TYPE), nameChanges)));
    return rrsets;
  }

  /** The replacement of a plain set, keeping what {@code current} holds that the set leaves out. */
  private static RRSet replace(ResourceRecordSet set, Optional<RRSet> current) {
    ResourceRecordSet desired =
        set.keepingProviderDataOf(
            current
                .flatMap(
                    c -> {
                      try {
                        return PowerDnsRecords.toSet(c);
                      } catch (ValidationException unreadable) {
                        return Optional.empty();
                      }
                    })
                .orElse(null));
    return PowerDnsRecords.replace(
        desired, current, desired.ttl().orElse(PowerDnsJson.DEFAULT_TTL));
  }

  private static Optional<RRSet> find(
      Function<String, List<RRSet>> current, String name, String type) {
    return current.apply(name).stream()
        .filter(r -> PowerDnsJson.matches(r, name, type))
        .findFirst();
  }

  /**
   * The rrsets of each name asked, one search per name (the zone when a search cannot be exact).
   */
  private Function<String, List<RRSet>> rrsetsByName() {
    Map<String, List<RRSet>> byName = new HashMap<>();
    Function<String, List<RRSet>> zone = allRRSets();
    return name ->
        byName.computeIfAbsent(
            name, n -> api.rrsetsNamed(zoneId, n).orElseGet(() -> zone.apply(n)));
  }

  /**
   * Every rrset of the zone by name, read with one request when first asked: a change set touching
   * many names costs one read, not one per name.
   */
  private Function<String, List<RRSet>> allRRSets() {
    Map<String, List<RRSet>> byName = new HashMap<>();
    boolean[] read = {false};
    return name -> {
      if (!read[0]) {
        for (RRSet rrset : api.zone(zoneId, null, null).rrsets()) {
          byName.computeIfAbsent(Names.absolute(rrset.name()), n -> new ArrayList<>()).add(rrset);
        }
        read[0] = true;
      }
      return byName.getOrDefault(name, List.of());
    };
  }

  static boolean isLua(Change change) {
    return change.key().qualifier().isPresent()
        || change.key().type().equals(PowerDnsLua.GENERIC_TYPE);
  }

  /** Refuses, before any request, what the LUA encoding cannot express. */
  static void check(Change change) {
    if (!(change instanceof Change.Put put) || put.recordSet().qualifier().isEmpty()) {
      return;
    }
    ResourceRecordSet set = put.recordSet();
    if (!PowerDnsProvider.QUALIFIED_TYPES.contains(set.type())) {
      throw new UnsupportedCapabilityException(
          PowerDnsProvider.NAME, "geo or weighted record type " + set.type());
    }
    set.geo().stream()
        .flatMap(g -> g.regions().stream())
        .filter(r -> !REGION_KINDS.contains(r.kind()))
        .findFirst()
        .ifPresent(
            r -> {
              throw new UnsupportedCapabilityException(
                  PowerDnsProvider.NAME, r.kind() + " region " + r.code());
            });
    set.weighted()
        .filter(w -> !WEIGHTS.contains(w.weight()))
        .ifPresent(
            w -> {
              throw new ValidationException(
                  "weight out of range", Integer.toString(w.weight()), "a weight in " + WEIGHTS);
            });
  }

  /** Applies the changes to the name's current LUA records and returns their replacement. */
  private static RRSet luaChange(String name, Optional<RRSet> current, List<Change> changes) {
    Map<RecordSetKey, ResourceRecordSet> sets = new TreeMap<>();
    current.stream().flatMap(PowerDnsRecordSetApi::toSets).forEach(set -> sets.put(set.key(), set));
    for (Change change : changes) {
      if (change instanceof Change.Put put) {
        sets.put(change.key(), put.recordSet().keepingProviderDataOf(sets.get(change.key())));
      } else {
        sets.remove(change.key());
      }
    }
    checkNotMixed(name, sets.values(), changes);
    return replacement(name, sets.values(), current);
  }

  /**
   * The replacement of the name's LUA set that holds {@code sets}, or its deletion if none. The
   * records of the plain set keep their disabled flags and the server's text.
   */
  private static RRSet replacement(
      String name, Collection<ResourceRecordSet> sets, Optional<RRSet> current) {
    List<Rec> records = new ArrayList<>();
    Map<String, List<ResourceRecordSet>> qualified = new TreeMap<>();
    for (ResourceRecordSet set : sets) {
      if (set.qualifier().isEmpty()) {
        Set<String> disabled = PowerDnsRecords.disabled(set);
        Map<String, String> verbatim =
            PowerDnsRecords.verbatim(current, c -> PowerDnsLua.generic(c).toString());
        set.records()
            .forEach(
                r ->
                    records.add(
                        new Rec(
                            verbatim.getOrDefault(
                                r.toString(), PowerDnsLua.content((GenericData) r)),
                            disabled.contains(r.toString()))));
      } else {
        qualified.computeIfAbsent(set.type(), t -> new ArrayList<>()).add(set);
      }
    }
    qualified.forEach(
        (type, typed) -> {
          checkConsistent(name, type, typed);
          records.add(new Rec(PowerDnsLua.content(type, typed), false));
        });
    if (records.isEmpty()) {
      return PowerDnsJson.delete(name, PowerDnsLua.TYPE);
    }
    int ttl =
        sets.stream()
            .map(s -> s.ttl().orElse(PowerDnsJson.DEFAULT_TTL))
            .min(Integer::compare)
            .orElseThrow();
    return PowerDnsJson.replace(name, PowerDnsLua.TYPE, ttl, records);
  }

  /**
   * Refuses a put that would leave our geo or weighted sets of a type beside a LUA record that we
   * did not write answering the same type: the server would answer with both, while the geo listing
   * shows one.
   */
  private static void checkNotMixed(
      String name, Collection<ResourceRecordSet> sets, List<Change> changes) {
    if (changes.stream().noneMatch(c -> c instanceof Change.Put)) {
      return;
    }
    Set<String> qualifiedTypes =
        sets.stream()
            .filter(s -> s.qualifier().isPresent())
            .map(ResourceRecordSet::type)
            .collect(java.util.stream.Collectors.toSet());
    sets.stream()
        .filter(s -> s.qualifier().isEmpty())
        .flatMap(s -> s.records().stream())
        .map(r -> PowerDnsLua.content((GenericData) r))
        .filter(content -> qualifiedTypes.contains(PowerDnsLua.answeredType(content)))
        .findFirst()
        .ifPresent(
            foreign -> {
              throw new InvalidChangeException(
                  PowerDnsProvider.NAME,
                  List.of(
                      "RRset "
                          + name
                          + " IN "
                          + PowerDnsLua.TYPE
                          + ": geo or weighted "
                          + PowerDnsLua.answeredType(foreign)
                          + " sets cannot share the name with the LUA record "
                          + foreign
                          + " that denominator did not write (it is listed as a "
                          + PowerDnsLua.GENERIC_TYPE
                          + " set; delete it first)"));
            });
  }

  /** One name and type holds geo or weighted sets, not both, and no region twice. */
  private static void checkConsistent(String name, String type, List<ResourceRecordSet> sets) {
    if (sets.stream().map(s -> s.geo().isPresent()).distinct().count() > 1) {
      throw new InvalidChangeException(
          PowerDnsProvider.NAME,
          List.of(
              "RRset "
                  + name
                  + " IN "
                  + type
                  + ": geo and weighted sets cannot share a name and type"));
    }
    for (int i = 0; i < sets.size(); i++) {
      for (int j = i + 1; j < sets.size(); j++) {
        ResourceRecordSet a = sets.get(i);
        ResourceRecordSet b = sets.get(j);
        if (a.geo().isPresent() && a.geo().get().overlaps(b.geo().get())) {
          throw new InvalidChangeException(
              PowerDnsProvider.NAME,
              List.of(
                  "RRset "
                      + name
                      + " IN "
                      + type
                      + ": regions "
                      + a.geo().get().intersection(b.geo().get())
                      + " in both "
                      + a.qualifier().get()
                      + " and "
                      + b.qualifier().get()));
        }
      }
    }
  }
}
