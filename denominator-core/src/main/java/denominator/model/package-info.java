/**
 * Provider-neutral DNS values: zones, record sets, typed record data, geo regions and weights. All
 * are immutable and validate on construction; nothing here returns {@code null}.
 */
package denominator.model;
