package denominator.model.rdata;

/**
 * Record data that only one provider can express, such as a Route53 alias target. The provider
 * module defines a record implementing this interface, maps it to and from its wire format, and
 * says in its Javadoc how it prints; {@link RData#parse} never returns one, and other providers
 * refuse it with {@link denominator.UnsupportedCapabilityException}.
 *
 * <p>{@link #type()} is the DNS type the provider answers with (an alias to an IPv4 load balancer
 * is an {@code A} record set), so such data sits in an ordinary record set.
 */
public non-sealed interface ProviderRData extends RData {

  /** The name of the provider that understands this data, e.g. {@code route53}. */
  String provider();
}
