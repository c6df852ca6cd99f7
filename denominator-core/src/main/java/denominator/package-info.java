/**
 * Denominator: one API for DNS at many providers.
 *
 * <p>Start with {@link denominator.Denominator#create}. Nothing in this API returns or accepts
 * {@code null}: absence is an empty {@link java.util.Optional}.
 */
package denominator;
