package denominator.model;

import denominator.ValidationException;
import denominator.model.geo.Geo;
import denominator.model.rdata.RData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The records of one name and type in a zone, with how resolvers should choose them.
 *
 * <p>A set without a qualifier is a plain round-robin set. A set with a qualifier is one of
 * several sets of the same name and type: either a geo set (answered to clients in its
 * {@link Geo} regions) or a weighted set (answered in proportion to its {@link Weighted}).
 * Instances are immutable; build them with {@link #builder()} and change them with {@link
 * #toBuilder()}.
 */
public final class ResourceRecordSet {
  private final RecordSetKey key;
  private final Integer ttl;
  private final List<RData> records;
  private final Set<RData> distinctRecords;
  private final Geo geo;
  private final Weighted weighted;

  private ResourceRecordSet(Builder b) {
    this.key = RecordSetKey.of(require(b.name, "name"), require(b.type, "type"), b.qualifier);
    this.ttl = b.ttl == null ? null : Ttl.check(b.ttl);
    this.records = List.copyOf(b.records);
    this.distinctRecords = Set.copyOf(records);
    this.geo = b.geo;
    this.weighted = b.weighted;
    if (distinctRecords.size() != records.size()) {
      throw new ValidationException("duplicate record in " + key, records.toString(),
          "each record once");
    }
    if (records.isEmpty()) {
      throw new ValidationException("record set without records", key.toString(),
          "at least one record");
    }
    if (key.type().equals("CNAME") && records.size() > 1) {
      throw new ValidationException("CNAME set of " + key + " with " + records.size()
          + " records", records.toString(), "exactly one CNAME record (RFC 1034 §3.6.2)");
    }
    for (RData r : records) {
      if (!r.type().equals(key.type())) {
        throw new ValidationException("record of another type in " + key, r.type() + " " + r,
            "records of type " + key.type());
      }
    }
    if (geo != null && weighted != null) {
      throw new ValidationException("record set both geo and weighted", key.toString(),
          "either geo regions or a weight, not both");
    }
    if ((geo != null || weighted != null) && key.qualifier().isEmpty()) {
      throw new ValidationException("geo or weighted record set without qualifier",
          key.toString(), "a qualifier such as us-east");
    }
    if (geo == null && weighted == null && key.qualifier().isPresent()) {
      throw new ValidationException("qualified record set without geo or weight", key.toString(),
          "geo regions or a weight for a qualified set");
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

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceRecordSet s
        && key.equals(s.key)
        && Objects.equals(ttl, s.ttl)
        && distinctRecords.equals(s.distinctRecords)
        && Objects.equals(geo, s.geo)
        && Objects.equals(weighted, s.weighted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, ttl, distinctRecords, geo, weighted);
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

    public ResourceRecordSet build() {
      return new ResourceRecordSet(this);
    }
  }
}
