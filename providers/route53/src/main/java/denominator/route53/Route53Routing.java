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
    if (location.awsRegion() != null) {
      out.add("region=" + location.awsRegion());
    }
    if (location.localZoneGroup() != null) {
      out.add("localZoneGroup=" + location.localZoneGroup());
    }
    if (location.coordinates() != null) {
      out.add(
          "coordinates="
              + location.coordinates().latitude()
              + ","
              + location.coordinates().longitude());
    }
    if (location.bias() != null) {
      out.add("bias=" + location.bias());
    }
    return out.toString();
  }

  private static String geolocation(GeoLocation location) {
    StringJoiner out = new StringJoiner(" ").add("geolocation");
    if (location.continentCode() != null) {
      out.add("continent=" + location.continentCode());
    }
    if (location.countryCode() != null) {
      out.add("country=" + location.countryCode());
    }
    if (location.subdivisionCode() != null) {
      out.add("subdivision=" + location.subdivisionCode());
    }
    return out.toString();
  }

  private Route53Routing() {}
}
