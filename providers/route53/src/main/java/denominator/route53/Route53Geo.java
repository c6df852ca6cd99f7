package denominator.route53;

import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.route53.model.GeoLocation;

/**
 * Canonical regions as Route53 geolocations, and the SetIdentifier convention that lets one geo
 * record set span several regions although Route53 allows one location per record set.
 *
 * <p>Convention: the geo set with qualifier {@code q} and regions {@code r1..rn} is stored as n
 * Route53 record sets with SetIdentifier {@code q@r1} .. {@code q@rn}, where {@code ri} is the
 * canonical code ({@code us-east@*}, {@code us-east@continent:EU}, {@code us-east@DE}, {@code
 * us-east@US-CA}). Reading splits at the last {@code @} and keeps the split only when the suffix is
 * the code of the record set's own location; any other SetIdentifier (made by another tool) is read
 * whole as the qualifier of a one-region set, and members whose data differ are shown apart ({@link
 * Route53Records#members}). Qualifiers may themselves contain {@code @}. Writing reuses the
 * SetIdentifier of the member that serves each region now ({@link Route53Batches}).
 *
 * <p>Route53 expresses the world ({@code CountryCode *}), its seven continents, countries, and the
 * states of the United States (with DC). Other subdivisions (Canadian provinces, the US outlying
 * areas, which Route53 treats as countries, and UA-43, which the API reference does not list) are
 * unsupported, refused before any request.
 */
final class Route53Geo {
  static final int MAX_SET_IDENTIFIER = 128;
  static final char SEPARATOR = '@';
  private static final Set<String> US_POSSESSIONS = Set.of("AS", "GU", "MP", "PR", "UM", "VI");
  private static final String EXPECTED = "*, continent:XX, a country, or a US state such as US-CA";

  /** Whether Route53 can express {@code region}. */
  static boolean supported(Region region) {
    if (region.kind() != RegionKind.SUBDIVISION) {
      return true;
    }
    return region.code().startsWith("US-") && !US_POSSESSIONS.contains(region.code().substring(3));
  }

  /**
   * The Route53 location of a region. Route53 lacks some regions of a kind it has (subdivisions):
   * those are unsupported, refused as {@link denominator.kit.Capabilities} refuses a kind.
   */
  static GeoLocation location(Region region) {
    if (!supported(region)) {
      throw new UnsupportedCapabilityException(
          Route53Provider.NAME, "region: " + region.code() + " (expected " + EXPECTED + ")");
    }
    String code = region.code();
    return switch (region.kind()) {
      case WORLD -> GeoLocation.builder().countryCode("*").build();
      case CONTINENT -> GeoLocation.builder().continentCode(code.substring(10)).build();
      case COUNTRY -> GeoLocation.builder().countryCode(code).build();
      case SUBDIVISION ->
          GeoLocation.builder().countryCode("US").subdivisionCode(code.substring(3)).build();
    };
  }

  /** The canonical region of a Route53 location; empty for one the region table lacks. */
  static Optional<Region> region(GeoLocation location) {
    if (location.continentCode() != null) {
      return Regions.find("continent:" + location.continentCode());
    }
    if ("*".equals(location.countryCode())) {
      return Optional.of(Regions.world());
    }
    if (location.subdivisionCode() != null) {
      return Regions.find(location.countryCode() + "-" + location.subdivisionCode());
    }
    return Regions.find(location.countryCode());
  }

  /** The SetIdentifier of one region of the geo set {@code qualifier}. */
  static String setIdentifier(String qualifier, Region region) {
    String id = qualifier + SEPARATOR + region.code();
    if (id.length() > MAX_SET_IDENTIFIER) {
      throw new ValidationException(
          "route53: geo qualifier too long",
          qualifier,
          "at most "
              + (MAX_SET_IDENTIFIER - 1 - region.code().length())
              + " characters, so that qualifier"
              + SEPARATOR
              + region.code()
              + " fits 128");
    }
    return id;
  }

  /** The qualifier of a Route53 geo record set serving {@code region}, by the convention above. */
  static String qualifier(String setIdentifier, Region region) {
    int at = setIdentifier.lastIndexOf(SEPARATOR);
    if (at > 0 && setIdentifier.substring(at + 1).equals(region.code())) {
      return setIdentifier.substring(0, at);
    }
    return setIdentifier;
  }

  private Route53Geo() {}
}
