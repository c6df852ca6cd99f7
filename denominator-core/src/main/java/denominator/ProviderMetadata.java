package denominator;

import denominator.http.RequestBudget;
import denominator.http.RequestLimit;
import denominator.model.WeightRange;
import denominator.model.geo.RegionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a provider is and can do, known without a request: its name, default URL, credential forms,
 * the record types of each profile, and its batch and zone rules. Callers check it before calling;
 * the TCK runs only the suites a provider declares.
 *
 * @param name the name {@link Denominator#create(String, Credentials)} finds it by
 * @param defaultUrl the endpoint used when none is given
 * @param credentialForms the accepted forms of credentials, first match wins
 * @param recordTypes per profile, the record types the provider supports; a profile it does not
 *     support maps to an empty set
 * @param duplicateZoneNames whether two zones may have the same name (then ids matter)
 * @param atomicChangeSets whether {@code apply} sends change sets as atomic native batches
 * @param maxChangesPerBatch how many changes one native batch may hold
 * @param geoRegionKinds the kinds of geo region the provider can express
 * @param weights the weights the provider accepts in weighted sets; unless declared, any weight the
 *     model accepts ({@code 0..Integer.MAX_VALUE})
 * @param requestLimits the vendor's documented request limits, per account and per endpoint, that
 *     the manager paces every request by (see {@link RequestBudget}); none for a vendor that
 *     documents none
 * @param remainingHeader the answer header in which the vendor reports the requests left, or empty
 */
public record ProviderMetadata(
    String name,
    String defaultUrl,
    List<CredentialForm> credentialForms,
    Map<RecordProfile, Set<String>> recordTypes,
    boolean duplicateZoneNames,
    boolean atomicChangeSets,
    int maxChangesPerBatch,
    Set<RegionKind> geoRegionKinds,
    WeightRange weights,
    List<RequestLimit> requestLimits,
    String remainingHeader) {

  /**
   * The weight range of a provider that declares none: whatever {@link denominator.model.Weighted}
   * accepts.
   */
  public static final WeightRange ANY_WEIGHT = new WeightRange(0, Integer.MAX_VALUE);

  public ProviderMetadata {
    Objects.requireNonNull(weights, "weights");
    credentialForms = List.copyOf(credentialForms);
    Map<RecordProfile, Set<String>> types = new EnumMap<>(RecordProfile.class);
    for (RecordProfile profile : RecordProfile.values()) {
      types.put(profile, Set.copyOf(recordTypes.getOrDefault(profile, Set.of())));
    }
    recordTypes = Map.copyOf(types);
    geoRegionKinds = Set.copyOf(geoRegionKinds);
    requestLimits = List.copyOf(requestLimits);
    Objects.requireNonNull(remainingHeader, "remainingHeader");
    if (maxChangesPerBatch < 1) {
      throw new ValidationException("bad batch size", Integer.toString(maxChangesPerBatch), ">= 1");
    }
  }

  /** The record types of this profile; empty when the provider lacks the profile. */
  public Set<String> recordTypes(RecordProfile profile) {
    return recordTypes.get(profile);
  }

  /** Whether the provider supports this profile at all. */
  public boolean supports(RecordProfile profile) {
    return !recordTypes.get(profile).isEmpty();
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds metadata; only name and default URL are required. */
  public static final class Builder {
    private final String name;
    private String defaultUrl;
    private final List<CredentialForm> credentialForms = new ArrayList<>();
    private final Map<RecordProfile, Set<String>> recordTypes = new EnumMap<>(RecordProfile.class);
    private boolean duplicateZoneNames;
    private boolean atomicChangeSets;
    private int maxChangesPerBatch = 1;
    private final Set<RegionKind> geoRegionKinds = EnumSet.noneOf(RegionKind.class);
    private final List<RequestLimit> requestLimits = new ArrayList<>();
    private String remainingHeader = "";
    private WeightRange weights = ANY_WEIGHT;

    private Builder(String name) {
      this.name = name;
    }

    public Builder defaultUrl(String url) {
      this.defaultUrl = url;
      return this;
    }

    public Builder credentialForm(CredentialForm form) {
      credentialForms.add(form);
      return this;
    }

    public Builder recordTypes(RecordProfile profile, String... types) {
      recordTypes.computeIfAbsent(profile, p -> new LinkedHashSet<>()).addAll(List.of(types));
      return this;
    }

    public Builder duplicateZoneNames(boolean allowed) {
      this.duplicateZoneNames = allowed;
      return this;
    }

    public Builder atomicChangeSets(boolean atomic, int maxChangesPerBatch) {
      this.atomicChangeSets = atomic;
      this.maxChangesPerBatch = maxChangesPerBatch;
      return this;
    }

    public Builder geoRegionKinds(RegionKind... kinds) {
      geoRegionKinds.addAll(List.of(kinds));
      return this;
    }

    /** The inclusive range of weights the provider accepts, e.g. {@code 0, 255} at Route53. */
    public Builder weights(int min, int max) {
      return weights(min, max, 1);
    }

    /**
     * The weights {@code min..max} in steps of {@code step}, e.g. {@code 2, 100, 2} at UltraDNS.
     */
    public Builder weights(int min, int max, int step) {
      this.weights = new WeightRange(min, max, step);
      return this;
    }

    /**
     * A documented limit of the vendor's: the manager sends every request within it. A vendor that
     * limits an account and some endpoints further declares each.
     */
    public Builder requestLimit(RequestLimit limit) {
      requestLimits.add(Objects.requireNonNull(limit, "limit"));
      return this;
    }

    /** The answer header in which the vendor reports the requests left in its current window. */
    public Builder remainingHeader(String header) {
      this.remainingHeader = Objects.requireNonNull(header, "header");
      return this;
    }

    public ProviderMetadata build() {
      if (credentialForms.isEmpty()) {
        credentialForms.add(CredentialForm.anonymous());
      }
      return new ProviderMetadata(
          name,
          defaultUrl,
          credentialForms,
          recordTypes,
          duplicateZoneNames,
          atomicChangeSets,
          maxChangesPerBatch,
          geoRegionKinds,
          weights,
          requestLimits,
          remainingHeader);
    }
  }
}
