package denominator.kit;

import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.change.Change;
import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import denominator.model.WeightRange;
import denominator.model.geo.Region;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a record set or a change set against what a provider's {@link ProviderMetadata} declares,
 * before any request is sent, so every provider refuses the same input the same way.
 *
 * <p>One rule: what the provider cannot do at all (a profile, a record type in a profile, a kind of
 * geo region) is an {@link UnsupportedCapabilityException}; a value the provider can hold, but not
 * this one (a weight outside its range), is a {@link ValidationException}. Both messages read
 * {@code "<provider>: <problem>: <value> (expected <what is accepted>)"}, e.g. {@code "powerdns:
 * unsupported: region kind SUBDIVISION: US-CA (expected one of [CONTINENT, COUNTRY])"} and {@code
 * "route53: weight out of range: 300 (expected a weight in 0..255)"}.
 *
 * <pre>{@code
 * Capabilities.check(metadata, changeSet); // then send
 * }</pre>
 */
public final class Capabilities {

  /** Checks every put of {@code changes}; deletes need no capability. */
  public static void check(ProviderMetadata metadata, ChangeSet changes) {
    for (Change change : changes.changes()) {
      if (change instanceof Change.Put put) {
        check(metadata, put.recordSet());
      }
    }
  }

  /**
   * Checks that the provider has {@code set}'s profile, its type in that profile, the kind of each
   * of its geo regions, and accepts its weight.
   *
   * @throws UnsupportedCapabilityException for a profile, type or region kind it lacks
   * @throws ValidationException for a weight outside {@link ProviderMetadata#weights()}
   */
  public static void check(ProviderMetadata metadata, ResourceRecordSet set) {
    RecordProfile profile = profileOf(set);
    String provider = metadata.name();
    if (!metadata.supports(profile)) {
      throw unsupported(provider, "profile", name(profile), "one of " + supported(metadata));
    }
    if (!metadata.recordTypes(profile).contains(set.type())) {
      throw unsupported(
          provider,
          "record type in " + name(profile) + " sets",
          set.type(),
          "one of " + new TreeSet<>(metadata.recordTypes(profile)));
    }
    for (Region region : set.geo().map(g -> g.regions()).orElse(Set.of())) {
      if (!metadata.geoRegionKinds().contains(region.kind())) {
        throw unsupported(
            provider,
            "region kind " + region.kind(),
            region.code(),
            "one of " + new TreeSet<>(metadata.geoRegionKinds()));
      }
    }
    WeightRange weights = metadata.weights();
    set.weighted()
        .filter(w -> !weights.contains(w.weight()))
        .ifPresent(
            w -> {
              throw new ValidationException(
                  provider + ": weight out of range",
                  Integer.toString(w.weight()),
                  "a weight in " + weights);
            });
  }

  /** The profile {@code set} is in: geo when it has regions, weighted when a weight, else plain. */
  public static RecordProfile profileOf(ResourceRecordSet set) {
    if (set.geo().isPresent()) {
      return RecordProfile.GEO;
    }
    return set.weighted().isPresent() ? RecordProfile.WEIGHTED : RecordProfile.ROUND_ROBIN;
  }

  // The capability reads "<problem>: <value> (expected ...)" so both exceptions share one shape.
  private static UnsupportedCapabilityException unsupported(
      String provider, String problem, String value, String expected) {
    return new UnsupportedCapabilityException(
        provider, problem + ": " + value + " (expected " + expected + ")");
  }

  private static Set<String> supported(ProviderMetadata metadata) {
    Set<String> profiles = new TreeSet<>();
    for (RecordProfile profile : RecordProfile.values()) {
      if (metadata.supports(profile)) {
        profiles.add(name(profile));
      }
    }
    return profiles;
  }

  private static String name(RecordProfile profile) {
    return profile.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private Capabilities() {}
}
