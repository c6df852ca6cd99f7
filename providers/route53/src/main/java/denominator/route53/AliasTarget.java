package denominator.route53;

import denominator.ValidationException;
import denominator.model.Names;
import denominator.model.RecordTypes;
import denominator.model.rdata.ProviderRData;
import java.util.Optional;

/**
 * A Route53 alias: the record set answers with whatever the target (a load balancer, a CloudFront
 * distribution, another record set of the zone) answers for {@link #type()}. An alias set holds
 * exactly one alias and no TTL, since Route53 uses the target's.
 *
 * <p>Prints as {@code alias HOSTED_ZONE_ID DNS_NAME EVALUATE_TARGET_HEALTH}, e.g. {@code alias
 * Z2FDTNDATAQYW2 d111111abcdef8.cloudfront.net. false}, and {@link #parse} reads that back (the
 * last word may be left out: false); {@link denominator.model.rdata.RData#parse} does not, as only
 * this provider understands it.
 *
 * @param type the DNS type the alias answers with, e.g. {@code A}
 * @param hostedZoneId the hosted zone of the target, e.g. a load balancer's canonical zone
 * @param dnsName the absolute, lower-case name of the target
 * @param evaluateTargetHealth whether Route53 checks the target's health before answering
 * @see <a href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_AliasTarget.html">
 *     AliasTarget</a>
 */
public record AliasTarget(
    String type, String hostedZoneId, String dnsName, boolean evaluateTargetHealth)
    implements ProviderRData {

  public AliasTarget {
    type = RecordTypes.normalize(type);
    if (hostedZoneId == null || hostedZoneId.isBlank()) {
      throw new ValidationException(
          "alias without hosted zone id",
          String.valueOf(hostedZoneId),
          "the target's hosted zone id, e.g. Z2FDTNDATAQYW2");
    }
    dnsName = Names.absolute(dnsName);
  }

  private static final String EXPECTED =
      "alias HOSTED_ZONE_ID DNS_NAME [true|false], e.g. alias Z2FDTNDATAQYW2 d111.cloudfront.net.";

  /** The alias {@code text} writes, for a record set of {@code type}; empty if not an alias. */
  static Optional<AliasTarget> parse(String type, String text) {
    String[] words = text.strip().split("\\s+");
    if (!words[0].equalsIgnoreCase("alias")) {
      return Optional.empty();
    }
    if (words.length < 3
        || words.length > 4
        || words.length == 4 && !words[3].matches("(?i)true|false")) {
      throw new ValidationException("route53: bad alias", text, EXPECTED);
    }
    return Optional.of(
        new AliasTarget(
            type,
            words[1],
            words[2],
            words.length == 4 && Boolean.parseBoolean(words[3].toLowerCase())));
  }

  @Override
  public String provider() {
    return Route53Provider.NAME;
  }

  @Override
  public String toString() {
    return "alias " + hostedZoneId + " " + dnsName + " " + evaluateTargetHealth;
  }
}
