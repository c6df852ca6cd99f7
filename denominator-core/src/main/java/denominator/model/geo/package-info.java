/**
 * Canonical geographic regions for geo-directional record sets: the catch-all {@code *}, the seven
 * continents ({@code continent:EU}), ISO 3166-1 countries ({@code DE}) and ISO 3166-2 subdivisions
 * ({@code US-CA}).
 *
 * <p>{@link denominator.model.geo.Regions} knows every region, its English name and its parent;
 * {@link denominator.model.geo.Geo} is the set of regions one record set answers for. Providers
 * translate these to and from their own vocabularies.
 */
package denominator.model.geo;
