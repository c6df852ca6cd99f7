package denominator.route53;

import java.util.Optional;
import java.util.StringJoiner;
import software.amazon.awssdk.services.route53.model.GeoLocation;
import software.amazon.awssdk.services.route53.model.GeoProximityLocation;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * The {@code routing} provider data of Route53 record sets routed by a policy the model does not
 * express. Such a set is read as a qualified set (qualifier = its SetIdentifier, verbatim) and is
 * never written; the forms are:
 *
 * <ul>
 *   <li>{@code latency region=eu-west-1}
 *   <li>{@code failover PRIMARY}, {@code failover SECONDARY}
 *   <li>{@code multivalue}
 *   <li>{@code cidr collection=COLLECTION_ID location=LOCATION_NAME}
 *   <li>{@code geoproximity region=us-east-1 bias=10}, with {@code localZoneGroup=} or {@code
 *       coordinates=LATITUDE,LONGITUDE} in place of {@code region=}, {@code bias=} only when set
 *   <li>{@code geolocation continent=XX country=YY subdivision=ZZ} (the parts Route53 gave) for a
 *       location the region table lacks
 * </ul>
 */
final class Route53Routing {

  /** The routing of a Route53 record set the model cannot express; empty for one it can. */
  static Optional<String> describe(ResourceRecordSet r) {
    if (r.regionAsString() != null) {
      return Optional.of("latency region=" + r.regionAsString());
    }
    if (r.failoverAsString() != null) {
      return Optional.of("failover " + r.failoverAsString());
    }
    if (Boolean.TRUE.equals(r.multiValueAnswer())) {
      return Optional.of("multivalue");
    }
    if (r.cidrRoutingConfig() != null) {
      return Optional.of(
          "cidr collection="
              + r.cidrRoutingConfig().collectionId()
              + " location="
              + r.cidrRoutingConfig().locationName());
    }
    if (r.geoProximityLocation() != null) {
      return Optional.of(geoproximity(r.geoProximityLocation()));
    }
    if (r.geoLocation() != null && Route53Geo.region(r.geoLocation()).isEmpty()) {
      return Optional.of(geolocation(r.geoLocation()));
    }
    return Optional.empty();
  }

  private static String geoproximity(GeoProximityLocation location) {
    StringJoiner out = new StringJoiner(" ").add("geoproximity");
    add(out, "region", location.awsRegion());
    add(out, "localZoneGroup", location.localZoneGroup());
    if (location.coordinates() != null) {
      add(
          out,
          "coordinates",
          location.coordinates().latitude() + "," + location.coordinates().longitude());
    }
    add(out, "bias", location.bias());
    return out.toString();
  }

  private static String geolocation(GeoLocation location) {
    StringJoiner out = new StringJoiner(" ").add("geolocation");
    add(out, "continent", location.continentCode());
    add(out, "country", location.countryCode());
    add(out, "subdivision", location.subdivisionCode());
    return out.toString();
  }

  // Adds key=value for a part Route53 gave; it leaves out the parts a record set does not use.
  private static void add(StringJoiner out, String key, Object value) {
    if (value != null) {
      out.add(key + "=" + value);
    }
  }

  private Route53Routing() {}
}
