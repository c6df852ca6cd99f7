/**
 * The {@code route53} provider: Amazon Route53 through the AWS SDK for Java v2.
 *
 * <p>Public: {@link denominator.route53.Route53Provider}, found by {@link java.util.ServiceLoader},
 * and {@link denominator.route53.AliasTarget}, the record data of alias record sets. The rest reads
 * top-down: {@code Route53Endpoints} (every endpoint) with {@code Route53Pages} (record set
 * paging); {@code Route53Records} (wire records and the model), with {@code Route53Geo}, {@code
 * Route53Text} and {@code Route53Routing} (mapping); {@code Route53Errors}; {@code Route53Batches}
 * (the kit's batch writer); {@code Route53DNSApi} and {@code Route53ZoneApi} (our API, record sets
 * through the kit's {@code RecordSetView}); then {@code Route53Provider} and its {@code Wiring}.
 */
package denominator.route53;
