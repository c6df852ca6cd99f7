package denominator.model;

import denominator.ValidationException;
import denominator.model.geo.Geo;
import denominator.model.rdata.RData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The records of one name and type in a zone, with how resolvers should choose them.
 *
 * <p>A set without a qualifier is a plain round-robin set. A set with a qualifier is one of several
 * sets of the same name and type: either a geo set (answered to clients in its {@link Geo} regions)
 * or a weighted set (answered in proportion to its {@link Weighted}). Instances are immutable;
 * build them with {@link #builder()} and change them with {@link #toBuilder()}.
 *
 * <p>Zones are shared with other tools, so a set also carries the {@linkplain #providerData()
 * provider data} that the provider keeps beside its records and the model does not express (a
 * Route53 health check, a PowerDNS disabled record). A qualified set routed by a policy the model
 * does not express (Route53 latency or failover routing, say) is neither geo nor weighted and says
 * how it is routed in provider data under {@link #ROUTING}.
 */
public final class ResourceRecordSet {
  /**
   * The provider-data key of a routing policy the model does not express, e.g. {@code latency
   * region=eu-west-1}. Providers read such sets and refuse to put them.
   */
  public static final String ROUTING = "routing";

  private final RecordSetKey key;
  private final Integer ttl;
  private final List<RData> records;
  private final Set<RData> distinctRecords;
  private final Geo geo;
  private final Weighted weighted;
  private final Map<String, String> providerData;

  private ResourceRecordSet(Builder b) {
    String name = require(b.name, "name");
    String type = require(b.type, "type");
    this.key =
        b.qualifier == null
            ? RecordSetKey.of(name, type)
            : RecordSetKey.of(name, type, b.qualifier);
    this.ttl = b.ttl == null ? null : Ttl.check(b.ttl);
    this.records = List.copyOf(b.records);
    this.distinctRecords = Set.copyOf(records);
    this.geo = b.geo;
    this.weighted = b.weighted;
    this.providerData = ProviderData.check(b.providerData);
    if (distinctRecords.size() != records.size()) {
      throw new ValidationException(
          "duplicate record in " + key, records.toString(), "each record once");
    }
    if (records.isEmpty()) {
      throw new ValidationException(
          "record set without records", key.toString(), "at least one record");
    }
    if (key.type().equals("CNAME") && records.size() > 1) {
      throw new ValidationException(
          "CNAME set of " + key + " with " + records.size() + " records",
          records.toString(),
          "exactly one CNAME record (RFC 1034 §3.6.2)");
    }
    for (RData r : records) {
      if (!r.type().equals(key.type())) {
        throw new ValidationException(
            "record of another type in " + key,
            r.type() + " " + r,
            "records of type " + key.type());
      }
    }
    if (geo != null && weighted != null) {
      throw new ValidationException(
          "record set both geo and weighted",
          key.toString(),
          "either geo regions or a weight, not both");
    }
    if ((geo != null || weighted != null) && key.qualifier().isEmpty()) {
      throw new ValidationException(
          "geo or weighted record set without qualifier",
          key.toString(),
          "a qualifier such as us-east");
    }
    if ((geo != null || weighted != null) && providerData.containsKey(ROUTING)) {
      throw new ValidationException(
          "geo or weighted record set with provider routing",
          key.toString(),
          "geo regions, a weight, or provider routing, not two");
    }
    if (geo == null
        && weighted == null
        && !providerData.containsKey(ROUTING)
        && key.qualifier().isPresent()) {
      throw new ValidationException(
          "qualified record set without geo or weight",
          key.toString(),
          "geo regions or a weight for a qualified set");
    }
    if (providerData.containsKey(ROUTING) && key.qualifier().isEmpty()) {
      throw new ValidationException(
          "provider-routed record set without qualifier",
          key.toString(),
          "the provider's identifier of the set as its qualifier");
    }
  }

  private static String require(String value, String field) {
    if (value == null) {
      throw new ValidationException("record set without " + field, "null", "a " + field);
    }
    return value;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder().name(name()).type(type()).records(records);
    b.qualifier = key.qualifier().orElse(null);
    b.ttl = ttl;
    b.geo = geo;
    b.weighted = weighted;
    b.providerData.putAll(providerData);
    return b;
  }

  public RecordSetKey key() {
    return key;
  }

  /** Absolute, lower-case owner name. */
  public String name() {
    return key.name();
  }

  /** Upper-case type mnemonic, e.g. {@code A}. */
  public String type() {
    return key.type();
  }

  /** Distinguishes geo and weighted sets of the same name and type. */
  public Optional<String> qualifier() {
    return key.qualifier();
  }

  /** TTL in seconds; empty means the provider's or zone's default. */
  public OptionalInt ttl() {
    return ttl == null ? OptionalInt.empty() : OptionalInt.of(ttl);
  }

  /**
   * The records, in the order given; never empty, never twice the same. Two sets with the same
   * records in another order are equal: an RRset has no order (RFC 2181 §5).
   */
  public List<RData> records() {
    return records;
  }

  public Optional<Geo> geo() {
    return Optional.ofNullable(geo);
  }

  public Optional<Weighted> weighted() {
    return Optional.ofNullable(weighted);
  }

  /**
   * What the provider keeps beside the records that the model does not express, by the provider's
   * own field names, in the order read: {@code healthCheckId=...} at Route53, {@code disabled=...}
   * at PowerDNS, {@code routing=latency region=eu-west-1}. Empty for sets built without any. A
   * provider writes back every field a put leaves out as it was, so a set built from scratch never
   * removes a health check; shown in listings, JSON and zone exports.
   */
  public Map<String, String> providerData() {
    return providerData;
  }

  /**
   * This set, with every provider-data field of {@code current} that this set does not name: what
   * the provider holds after putting this set over {@code current}.
   */
  public ResourceRecordSet keepingProviderDataOf(ResourceRecordSet current) {
    if (current == null
        || current.providerData.isEmpty()
        || providerData.keySet().containsAll(current.providerData.keySet())) {
      return this;
    }
    Builder b = toBuilder();
    current.providerData.forEach(b.providerData::putIfAbsent);
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceRecordSet s
        && key.equals(s.key)
        && Objects.equals(ttl, s.ttl)
        && distinctRecords.equals(s.distinctRecords)
        && Objects.equals(geo, s.geo)
        && Objects.equals(weighted, s.weighted)
        && providerData.equals(s.providerData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, ttl, distinctRecords, geo, weighted, providerData);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(key.toString());
    if (ttl != null) {
      s.append(" ttl=").append(ttl);
    }
    if (geo != null) {
      s.append(" geo=").append(geo);
    }
    if (weighted != null) {
      s.append(" weight=").append(weighted.weight());
    }
    providerData.forEach((k, v) -> s.append(' ').append(k).append("=[").append(v).append(']'));
    return s.append(' ').append(records).toString();
  }

  /** Builds a {@link ResourceRecordSet}; {@link #build()} validates. */
  public static final class Builder {
    private String name;
    private String type;
    private String qualifier;
    private Integer ttl;
    private final List<RData> records = new ArrayList<>();
    private Geo geo;
    private Weighted weighted;
    private final Map<String, String> providerData = new LinkedHashMap<>();

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public Builder qualifier(String qualifier) {
      this.qualifier = qualifier;
      return this;
    }

    public Builder ttl(int ttl) {
      this.ttl = ttl;
      return this;
    }

    /** Clears the TTL so the provider's default applies. */
    public Builder defaultTtl() {
      this.ttl = null;
      return this;
    }

    /** Adds one record of this set's type, parsed from presentation text. */
    public Builder add(String text) {
      return add(RData.parse(require(type, "type before records"), text));
    }

    public Builder add(RData record) {
      records.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Replaces the records. */
    public Builder records(List<? extends RData> records) {
      this.records.clear();
      records.forEach(this::add);
      return this;
    }

    public Builder geo(Geo geo) {
      this.geo = geo;
      return this;
    }

    public Builder weighted(Weighted weighted) {
      this.weighted = weighted;
      return this;
    }

    /** Sets one field of provider data, e.g. {@code healthCheckId}; see {@link #providerData()}. */
    public Builder providerData(String key, String value) {
      providerData.put(key, value);
      return this;
    }

    /** Replaces the provider data. */
    public Builder providerData(Map<String, String> fields) {
      providerData.clear();
      providerData.putAll(fields);
      return this;
    }

    public ResourceRecordSet build() {
      return new ResourceRecordSet(this);
    }
  }
}
