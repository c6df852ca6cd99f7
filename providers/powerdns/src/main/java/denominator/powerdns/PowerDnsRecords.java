package denominator.powerdns;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.GenericData;
import denominator.model.rdata.ProviderRData;
import denominator.model.rdata.RData;
import denominator.powerdns.PowerDnsJson.RRSet;
import denominator.powerdns.PowerDnsJson.Rec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of one PowerDNS rrset as a model set, and back, keeping what the model does not
 * express:
 *
 * <ul>
 *   <li>Disabled records are read like the others and named in the provider data {@value
 *       #DISABLED}: a JSON array of the disabled records as the model prints them, e.g. {@code
 *       ["192.0.2.2"]}. A put marks the records that it names disabled; a put without the field
 *       keeps the flags the server has (an empty array enables every record).
 *   <li>PowerDNS keeps each record's content as it was sent ({@code "\065"} and {@code "A"} are one
 *       TXT record): a put of a record that the server holds sends the server's own text.
 *   <li>{@code ALIAS} sets are type {@value PowerDnsAlias#TYPE} with {@link PowerDnsAlias} data.
 *   <li>A name's {@code LUA} rrset holds its geo and weighted sets ({@link PowerDnsLua}) and the
 *       LUA records this provider did not write, read as one plain set.
 * </ul>
 */
final class PowerDnsRecords {
  private static final Logger log = LoggerFactory.getLogger(PowerDnsRecords.class);
  static final String DISABLED = "disabled";
  private static final Gson GSON = new Gson();

  /** The model's type of an rrset type of the API. */
  static String modelType(String vendorType) {
    return vendorType.equals(PowerDnsAlias.VENDOR_TYPE) ? PowerDnsAlias.TYPE : vendorType;
  }

  /** The API's type of a model type. */
  static String vendorType(String modelType) {
    return modelType.equals(PowerDnsAlias.TYPE) ? PowerDnsAlias.VENDOR_TYPE : modelType;
  }

  /**
   * The model sets of one rrset: a plain set, or for the LUA rrset the qualified sets this provider
   * wrote (see {@link PowerDnsLua}) and, as one plain set of type {@value
   * PowerDnsLua#GENERIC_TYPE}, the LUA records it did not write and the disabled ones (which the
   * server does not run). A type that neither dnsjava nor we know is skipped with a warning.
   */
  static Stream<ResourceRecordSet> sets(RRSet rrset) {
    if (rrset.recs().isEmpty()) {
      return Stream.empty(); // a comment without records
    }
    if (!rrset.type().equals(PowerDnsLua.TYPE)) {
      try {
        return Stream.of(set(rrset, modelType(rrset.type()), rrset.recs()));
      } catch (ValidationException e) {
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
    List<ResourceRecordSet> sets = new ArrayList<>();
    List<Rec> foreign = new ArrayList<>();
    for (Rec rec : rrset.recs()) {
      Optional<List<ResourceRecordSet>> ours =
          rec.disabled() ? Optional.empty() : PowerDnsLua.sets(name, rec.content());
      ours.ifPresentOrElse(sets::addAll, () -> foreign.add(rec));
    }
    if (!foreign.isEmpty()) {
      sets.add(set(rrset, PowerDnsLua.GENERIC_TYPE, foreign));
    }
    return sets.stream();
  }

  /** The set of these records of {@code rrset}, the disabled ones named in its provider data. */
  private static ResourceRecordSet set(RRSet rrset, String type, List<Rec> records) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name(Names.absolute(rrset.name())).type(type).ttl(rrset.ttl());
    List<String> disabled = new ArrayList<>();
    for (Rec rec : records) {
      RData record = data(type, rec.content());
      set.add(record);
      if (rec.disabled()) {
        disabled.add(record.toString());
      }
    }
    return (disabled.isEmpty() ? set : set.providerData(DISABLED, GSON.toJson(disabled))).build();
  }

  /** The record of {@code content}, an API record of the model's {@code type}. */
  static RData data(String type, String content) {
    return switch (type) {
      case PowerDnsAlias.TYPE -> new PowerDnsAlias(content);
      case PowerDnsLua.GENERIC_TYPE -> PowerDnsLua.generic(content);
      default -> RData.parse(type, content);
    };
  }

  /** The records of a set's provider data that are to be disabled. */
  static Set<String> disabled(ResourceRecordSet set) {
    String json = set.providerData().get(DISABLED);
    if (json == null) {
      return Set.of();
    }
    try {
      List<String> texts = GSON.fromJson(json, new TypeToken<List<String>>() {}.getType());
      if (texts != null && texts.stream().noneMatch(t -> t == null)) {
        return new LinkedHashSet<>(texts);
      }
    } catch (JsonParseException e) {
      // reported below
    }
    throw new ValidationException(
        "powerdns: bad provider data " + DISABLED + " of " + set.key(),
        json,
        "a JSON array of record texts, e.g. [\"192.0.2.2\"]");
  }

  /**
   * The change that replaces the rrset of {@code set}'s name and type with its {@link #records}.
   */
  static RRSet replace(ResourceRecordSet set, List<Rec> current) {
    return PowerDnsJson.replace(
        set.name(),
        vendorType(set.type()),
        set.ttl().orElse(PowerDnsJson.DEFAULT_TTL),
        records(set, current));
  }

  /**
   * The API records of {@code set}, each disabled when the set's provider data says so, each in the
   * text of the equal record of {@code current} (the rrset the server holds) if there is one.
   */
  static List<Rec> records(ResourceRecordSet set, List<Rec> current) {
    Map<String, String> verbatim = new HashMap<>();
    for (Rec rec : current) {
      try {
        verbatim.putIfAbsent(data(set.type(), rec.content()).toString(), rec.content());
      } catch (RuntimeException unreadable) {
        // not a record this put can name
      }
    }
    Set<String> disabled = disabled(set);
    return set.records().stream()
        .map(
            r ->
                new Rec(
                    verbatim.getOrDefault(r.toString(), content(r)),
                    disabled.contains(r.toString())))
        .toList();
  }

  /**
   * The API content of a record: its presentation form, an ALIAS's target, LOC as PowerDNS prints
   * it, a LUA record we did not write as it was.
   */
  static String content(RData data) {
    if (data instanceof PowerDnsAlias alias) {
      return alias.target();
    }
    if (data instanceof GenericData generic && generic.type().equals("LOC")) {
      return PowerDnsLoc.content(generic);
    }
    if (data instanceof GenericData generic && generic.type().equals(PowerDnsLua.GENERIC_TYPE)) {
      return PowerDnsLua.content(generic);
    }
    if (data instanceof ProviderRData other) {
      throw new UnsupportedCapabilityException(
          PowerDnsProvider.NAME, other.provider() + " record data " + other.type() + " " + other);
    }
    return data.toString();
  }

  private PowerDnsRecords() {}
}
