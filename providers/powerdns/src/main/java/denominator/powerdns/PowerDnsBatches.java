package denominator.powerdns;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnsupportedCapabilityException;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.kit.BatchLimit;
import denominator.kit.BatchWriter;
import denominator.kit.Capabilities;
import denominator.kit.NameType;
import denominator.kit.ZoneSlice;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.GenericData;
import denominator.powerdns.PowerDnsJson.RRSet;
import denominator.powerdns.PowerDnsJson.Rec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The PowerDNS side of the kit's change engine, for one zone and one apply: a batch is one {@code
 * PATCH} of whole rrsets, which the server applies in one transaction. Plain sets map one to one.
 * The qualified sets of a name and its LUA records that this provider did not write all live in the
 * name's one LUA rrset, so a batch touching any of them replaces that rrset with what the zone
 * holds at the name after the batch.
 *
 * <p>Reads go name by name through {@code search-data} when they touch a few names (PowerDNS 4.7
 * leaves disabled records out of an answer filtered by name), else read the whole zone once; a
 * plan's apply may give the zone as read when the plan was made instead ({@link #slice}). The
 * rrsets first read are kept for the apply, so that a put, and an undo, sends each record the
 * server held in the server's own text.
 */
final class PowerDnsBatches implements BatchWriter {
  /** The most record sets one PATCH carries. */
  static final int MAX_BATCH = 1000;

  /** The types whose sets of a name may live in its LUA rrset. */
  private static final Set<String> LUA_TYPES =
      Stream.concat(PowerDnsProvider.QUALIFIED_TYPES.stream(), Stream.of(PowerDnsLua.GENERIC_TYPE))
          .collect(Collectors.toSet());

  /** How PowerDNS names the set it refused: "RRset www.ex. IN CNAME: ..." or "Record www.ex./A". */
  private static final Pattern REFUSED_SET =
      Pattern.compile("^(?:RRset (\\S+) IN (\\S+):|Record (\\S+)/(\\S+) )");

  private final PowerDnsEndpoints endpoints;
  private final String zoneId;

  /** The records of the rrsets as first read in this apply, by name and API type. */
  private final Map<NameType, List<Rec>> firstRead = new HashMap<>();

  PowerDnsBatches(PowerDnsEndpoints endpoints, String zoneId) {
    this.endpoints = endpoints;
    this.zoneId = zoneId;
  }

  /**
   * Refuses geo and weighted sets the provider cannot hold (a type, region kind or weight its
   * metadata does not declare) and qualified sets without either, which the LUA encoding cannot
   * express. Plain sets of any type go to the server, which judges them.
   */
  @Override
  public void check(Change change) {
    if (!(change instanceof Change.Put put) || put.recordSet().qualifier().isEmpty()) {
      return;
    }
    ResourceRecordSet set = put.recordSet();
    if (set.geo().isEmpty() && set.weighted().isEmpty()) {
      throw new UnsupportedCapabilityException(
          PowerDnsProvider.NAME,
          "provider routing: " + set.key() + " (expected geo regions or a weight)");
    }
    Capabilities.check(PowerDnsProvider.METADATA, set);
  }

  /**
   * Every set of these names and types, and of every type that may share a name's LUA rrset with
   * them, so that a batch can write that rrset whole.
   */
  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    return slice(namesAndTypes, endpoints.rrsets(zoneId, names(namesAndTypes)));
  }

  /**
   * What {@link #read} gives, from {@code rrsets} read before (every rrset of their names, disabled
   * records included, such as the zone's {@code GET}) and without a request; kept for the apply as
   * a read's are.
   */
  ZoneSlice slice(Set<NameType> namesAndTypes, List<RRSet> rrsets) {
    Set<String> names = names(namesAndTypes);
    Set<NameType> covered = new LinkedHashSet<>(namesAndTypes);
    names.forEach(name -> LUA_TYPES.forEach(type -> covered.add(new NameType(name, type))));
    List<ResourceRecordSet> sets = new ArrayList<>();
    for (RRSet rrset : rrsets) {
      String name = Names.absolute(rrset.name());
      if (names.contains(name)) {
        firstRead.putIfAbsent(new NameType(name, rrset.type()), rrset.recs());
        PowerDnsRecords.sets(rrset).forEach(sets::add);
      }
    }
    return ZoneSlice.of(covered, sets);
  }

  private static Set<String> names(Set<NameType> namesAndTypes) {
    Set<String> names = new LinkedHashSet<>();
    namesAndTypes.forEach(nameType -> names.add(nameType.name()));
    return names;
  }

  /**
   * Puts keep what the server holds beside the records (disabled flags, texts); a change of a LUA
   * set rewrites the name's LUA rrset, so it needs the other sets in it. A plain delete needs
   * nothing.
   */
  @Override
  public boolean needsBefore(Change change) {
    return change instanceof Change.Put || isLua(change.key());
  }

  @Override
  public List<BatchLimit> limits() {
    return List.of(BatchLimit.changes(MAX_BATCH));
  }

  @Override
  public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
    List<RRSet> rrsets = new ArrayList<>();
    Set<String> luaNames = new LinkedHashSet<>();
    for (Change change : batch) {
      if (isLua(change.key())) {
        luaNames.add(change.key().name());
      } else {
        rrsets.add(plain(change));
      }
    }
    ZoneSlice after = before.after(batch);
    luaNames.forEach(name -> rrsets.add(lua(name, after, batch)));
    endpoints.patch(zoneId, rrsets);
    return ChangeResult.Sync.IMMEDIATE;
  }

  /** The rrset change of a plain set: its replacement, in the server's texts, or its deletion. */
  private RRSet plain(Change change) {
    String name = change.key().name();
    String type = PowerDnsRecords.vendorType(change.key().type());
    return change instanceof Change.Put put
        ? PowerDnsRecords.replace(
            put.recordSet(), firstRead.getOrDefault(new NameType(name, type), List.of()))
        : PowerDnsJson.delete(name, type);
  }

  /**
   * The replacement of the name's LUA rrset: every LUA set of the name {@code after} the batch, or
   * its deletion if none. The records of the plain set keep their disabled flags and texts.
   */
  private RRSet lua(String name, ZoneSlice after, List<Change> batch) {
    List<ResourceRecordSet> sets =
        LUA_TYPES.stream()
            .flatMap(type -> after.of(new NameType(name, type)).stream())
            .filter(set -> isLua(set.key()))
            .sorted(Comparator.comparing(ResourceRecordSet::key))
            .toList();
    if (batch.stream()
        .anyMatch(c -> c instanceof Change.Put && isLua(c.key()) && c.key().name().equals(name))) {
      checkNotMixed(name, sets);
    }
    List<Rec> records = new ArrayList<>();
    Map<String, List<ResourceRecordSet>> qualified = new TreeMap<>();
    for (ResourceRecordSet set : sets) {
      if (set.qualifier().isPresent()) {
        qualified.computeIfAbsent(set.type(), t -> new ArrayList<>()).add(set);
        continue;
      }
      records.addAll(
          PowerDnsRecords.records(
              set, firstRead.getOrDefault(new NameType(name, PowerDnsLua.TYPE), List.of())));
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
        sets.stream().mapToInt(s -> s.ttl().orElse(PowerDnsJson.DEFAULT_TTL)).min().orElseThrow();
    return PowerDnsJson.replace(name, PowerDnsLua.TYPE, ttl, records);
  }

  /** The change the server's message names, if it names one of the batch. */
  @Override
  public List<Change> refused(List<Change> batch, DenominatorException refusal) {
    if (!(refusal instanceof InvalidChangeException invalid)) {
      return List.of();
    }
    for (String message : invalid.messages()) {
      Matcher m = REFUSED_SET.matcher(message);
      if (m.find()) {
        String name = Names.absolute(m.group(1) != null ? m.group(1) : m.group(3));
        String type = m.group(2) != null ? m.group(2) : m.group(4);
        return batch.stream()
            .filter(
                c ->
                    c.key().name().equals(name)
                        && (c.key().type().equals(type)
                            || type.equals(PowerDnsLua.TYPE) && isLua(c.key())))
            .limit(1)
            .toList();
      }
    }
    return List.of();
  }

  /** Whether the set of {@code key} lives in its name's LUA rrset. */
  private static boolean isLua(RecordSetKey key) {
    return key.qualifier().isPresent() || key.type().equals(PowerDnsLua.GENERIC_TYPE);
  }

  /**
   * Refuses a put that would leave our geo or weighted sets of a type beside a LUA record that we
   * did not write answering the same type: the server would answer with both, while the geo listing
   * shows one.
   */
  private static void checkNotMixed(String name, List<ResourceRecordSet> sets) {
    Set<String> qualifiedTypes =
        sets.stream()
            .filter(s -> s.qualifier().isPresent())
            .map(ResourceRecordSet::type)
            .collect(Collectors.toSet());
    sets.stream()
        .filter(s -> s.qualifier().isEmpty())
        .flatMap(s -> s.records().stream())
        .map(r -> PowerDnsLua.content((GenericData) r))
        .filter(content -> qualifiedTypes.contains(PowerDnsLua.answeredType(content)))
        .findFirst()
        .ifPresent(
            foreign -> {
              throw refusal(
                  name,
                  PowerDnsLua.TYPE,
                  "geo or weighted "
                      + PowerDnsLua.answeredType(foreign)
                      + " sets cannot share the name with the LUA record "
                      + foreign
                      + " that denominator did not write (it is listed as a "
                      + PowerDnsLua.GENERIC_TYPE
                      + " set; delete it first)");
            });
  }

  /** One name and type holds geo or weighted sets, not both, and no region twice. */
  private static void checkConsistent(String name, String type, List<ResourceRecordSet> sets) {
    if (sets.stream().map(s -> s.geo().isPresent()).distinct().count() > 1) {
      throw refusal(name, type, "geo and weighted sets cannot share a name and type");
    }
    for (ResourceRecordSet a : sets) {
      for (ResourceRecordSet b : sets) {
        if (a != b && a.geo().isPresent() && a.geo().get().overlaps(b.geo().get())) {
          throw refusal(
              name,
              type,
              "regions "
                  + a.geo().get().intersection(b.geo().get())
                  + " in both "
                  + a.qualifier().get()
                  + " and "
                  + b.qualifier().get());
        }
      }
    }
  }

  /** A refusal worded as the server words its own, so that {@link #refused} names the set. */
  private static InvalidChangeException refusal(String name, String type, String problem) {
    return new InvalidChangeException(
        PowerDnsProvider.NAME, List.of("RRset " + name + " IN " + type + ": " + problem));
  }
}
