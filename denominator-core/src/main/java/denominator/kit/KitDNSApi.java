package denominator.kit;

import denominator.DNSApi;
import denominator.GeoResourceRecordSetApi;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.ResourceRecordSetApi;
import denominator.WeightedResourceRecordSetApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.geo.Region;
import java.util.Optional;

/**
 * The {@link DNSApi} of a provider on the kit. The provider says how to read a zone's sets ({@link
 * #reader}) and how to apply a change set (its {@link ChangeEngine}); this class gives the record
 * set views of every profile its metadata declares, each writing through that apply in {@link
 * ApplyMode#ATOMIC} mode.
 *
 * <pre>{@code
 * protected RecordSetView.Reader reader(String zoneId) {
 *   return RecordSetView.Reader.of(() -> sets(endpoints.zone(zoneId)), name -> ...);
 * }
 *
 * public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
 *   return new ChangeEngine(new PowerDnsBatches(endpoints, zoneId), ...).apply(changes, mode);
 * }
 * }</pre>
 */
public abstract class KitDNSApi implements DNSApi {
  private final ProviderMetadata metadata;

  protected KitDNSApi(ProviderMetadata metadata) {
    this.metadata = metadata;
  }

  /** How the sets of one zone are read: all of them, and those of one name. */
  protected abstract RecordSetView.Reader reader(String zoneId);

  /**
   * Whether the provider expresses this region, among the kinds its metadata declares: all of them
   * unless a provider says otherwise (Route53 has US states but no other subdivisions).
   */
  protected boolean expresses(Region region) {
    return true;
  }

  /** Applies the change set with the provider's {@link ChangeEngine}. */
  @Override
  public abstract ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode);

  @Override
  public ResourceRecordSetApi recordSets(String zoneId) {
    return view(zoneId);
  }

  @Override
  public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
    return metadata.supports(RecordProfile.GEO)
        ? Optional.of(view(zoneId).only(RecordProfile.GEO))
        : Optional.empty();
  }

  @Override
  public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
    return metadata.supports(RecordProfile.WEIGHTED)
        ? Optional.of(view(zoneId).only(RecordProfile.WEIGHTED))
        : Optional.empty();
  }

  private RecordSetView view(String zoneId) {
    return RecordSetView.of(
            metadata, reader(zoneId), changes -> apply(zoneId, changes, ApplyMode.ATOMIC))
        .regions(this::expresses);
  }
}
