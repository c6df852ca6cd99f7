/**
 * The {@code route53} provider: Amazon Route53 through the AWS SDK for Java v2.
 *
 * <p>Public: {@link denominator.route53.Route53Provider}, found by {@link java.util.ServiceLoader},
 * and {@link denominator.route53.AliasTarget}, the record data of alias record sets. The rest reads
 * top-down: {@code Route53Api} (every endpoint), {@code Route53Records}, {@code Route53Geo} and
 * {@code Route53Text} (mapping), {@code Route53Errors}, {@code Route53ZoneApi}, {@code
 * Route53RecordSetApi} with {@code Route53Pages} and {@code Route53Changes}, then the provider and
 * its Dagger component.
 */
package denominator.route53;
