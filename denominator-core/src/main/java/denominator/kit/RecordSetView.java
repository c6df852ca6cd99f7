package denominator.kit;

import denominator.GeoResourceRecordSetApi;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.WeightedResourceRecordSetApi;
import denominator.change.Change;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.model.WeightRange;
import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * A provider's record set API, of every profile or of one, from two things the provider has: how it
 * reads one zone's sets ({@link Reader}) and how it applies a change set (its {@link
 * ChangeEngine}). Reads are filtered to the view's profile; a {@code put} or {@code delete} is a
 * change set of one change applied ATOMIC, so that a provider has one write path; the supported
 * regions and weights come from the provider's metadata.
 *
 * <pre>{@code
 * RecordSetView sets = RecordSetView.of(METADATA, reader, changes -> engine(zoneId).apply(changes, ATOMIC));
 * GeoResourceRecordSetApi geo = sets.only(RecordProfile.GEO);
 * }</pre>
 */
public final class RecordSetView implements GeoResourceRecordSetApi, WeightedResourceRecordSetApi {

  /** How a provider reads the sets of one zone, each lazily and ordered by key. */
  public interface Reader {
    /** Every set of the zone. */
    Iterator<ResourceRecordSet> all();

    /** The sets of this absolute name, of every type. */
    Iterator<ResourceRecordSet> named(String name);

    /** The sets of this absolute name and canonical type; by default those {@link #named} ones. */
    default Iterator<ResourceRecordSet> named(String name, String type) {
      return filter(named(name), set -> set.type().equals(type));
    }

    /** The reader whose {@link #all} and {@link #named(String)} are these functions. */
    static Reader of(
        Supplier<Iterator<ResourceRecordSet>> all,
        Function<String, Iterator<ResourceRecordSet>> named) {
      return new Reader() {
        @Override
        public Iterator<ResourceRecordSet> all() {
          return all.get();
        }

        @Override
        public Iterator<ResourceRecordSet> named(String name) {
          return named.apply(name);
        }
      };
    }

    /**
     * A reader for a vendor that reads a zone only whole (a DNS zone transfer): every read reads it
     * all, and a read by name keeps that name's sets.
     *
     * @param zone reads every set of the zone, ordered by key
     */
    static Reader ofWholeZone(Supplier<List<ResourceRecordSet>> zone) {
      return of(
          () -> zone.get().iterator(),
          name -> filter(zone.get().iterator(), set -> set.name().equals(name)));
    }
  }

  private final ProviderMetadata metadata;
  private final Reader reader;
  private final Function<ChangeSet, ChangeResult> apply;
  private final Set<RecordProfile> profiles;
  private final Predicate<Region> regions;

  private RecordSetView(
      ProviderMetadata metadata,
      Reader reader,
      Function<ChangeSet, ChangeResult> apply,
      Set<RecordProfile> profiles,
      Predicate<Region> regions) {
    this.metadata = metadata;
    this.reader = reader;
    this.apply = apply;
    this.profiles = profiles;
    this.regions = regions;
  }

  /**
   * The sets of every profile.
   *
   * @param apply applies a change set to the zone (a provider's engine, in ATOMIC mode)
   */
  public static RecordSetView of(
      ProviderMetadata metadata, Reader reader, Function<ChangeSet, ChangeResult> apply) {
    return new RecordSetView(
        metadata,
        reader,
        apply,
        EnumSet.allOf(RecordProfile.class),
        region -> metadata.geoRegionKinds().contains(region.kind()));
  }

  /** This view, showing and accepting only sets of {@code profile}. */
  public RecordSetView only(RecordProfile profile) {
    return new RecordSetView(metadata, reader, apply, EnumSet.of(profile), regions);
  }

  /**
   * This view, supporting only the regions {@code supported} accepts among the kinds the metadata
   * declares (Route53 expresses US states but no other subdivisions).
   */
  public RecordSetView regions(Predicate<Region> supported) {
    return new RecordSetView(metadata, reader, apply, profiles, regions.and(supported));
  }

  @Override
  public Iterator<ResourceRecordSet> iterator() {
    return shown(reader.all());
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByName(String name) {
    return shown(reader.named(Names.absolute(name)));
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByNameAndType(String name, String type) {
    return shown(reader.named(Names.absolute(name), RecordTypes.normalize(type)));
  }

  @Override
  public Optional<ResourceRecordSet> get(RecordSetKey key) {
    Iterator<ResourceRecordSet> sets = iterateByNameAndType(key.name(), key.type());
    while (sets.hasNext()) {
      ResourceRecordSet set = sets.next();
      if (set.key().equals(key)) {
        return Optional.of(set);
      }
    }
    return Optional.empty();
  }

  /**
   * Creates or replaces the set, as a change set of one.
   *
   * @throws ValidationException if this view is of one profile and the set is of another
   */
  @Override
  public void put(ResourceRecordSet set) {
    RecordProfile profile = Capabilities.profileOf(set);
    if (!profiles.contains(profile)) {
      throw new ValidationException(
          metadata.name() + ": a " + name(profile) + " set put to the " + shownNames() + " sets",
          set.toString(),
          "a " + shownNames() + " set");
    }
    write(new Change.Put(set));
  }

  @Override
  public void delete(RecordSetKey key) {
    write(new Change.Delete(key));
  }

  @Override
  public Collection<Region> supportedRegions() {
    return Regions.all().filter(regions).toList();
  }

  @Override
  public WeightRange supportedWeights() {
    return metadata.weights();
  }

  private void write(Change change) {
    ChangeOutcome outcome = apply.apply(ChangeSet.of(List.of(change))).outcomes().get(0);
    if (outcome.status() != ChangeOutcome.Status.APPLIED) {
      throw outcome.error().orElseThrow();
    }
  }

  private Iterator<ResourceRecordSet> shown(Iterator<ResourceRecordSet> sets) {
    return profiles.size() == RecordProfile.values().length
        ? sets
        : filter(sets, set -> profiles.contains(Capabilities.profileOf(set)));
  }

  private String shownNames() {
    return profiles.stream()
        .map(RecordSetView::name)
        .sorted()
        .reduce((a, b) -> a + " or " + b)
        .orElse("");
  }

  private static String name(RecordProfile profile) {
    return profile.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Iterator<ResourceRecordSet> filter(
      Iterator<ResourceRecordSet> sets, Predicate<ResourceRecordSet> keep) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(sets, Spliterator.ORDERED), false)
        .filter(keep)
        .iterator();
  }

  @Override
  public String toString() {
    return "RecordSetView[" + metadata.name() + " " + shownNames() + "]";
  }
}
