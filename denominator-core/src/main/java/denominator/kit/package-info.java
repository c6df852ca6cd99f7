/**
 * The provider kit: what every provider needs and none should write again. A provider module is its
 * vendor's endpoints, its wire records, how they map to the model and its error table; the kit does
 * the rest: waiting and polling ({@link denominator.kit.Poller}), paging ({@link
 * denominator.kit.Pages}, {@link denominator.kit.LinkHeader}, {@link
 * denominator.kit.RecordGrouping}), error answers as typed exceptions ({@link
 * denominator.kit.ErrorTable}), a JSON API over the shared HTTP client ({@link
 * denominator.kit.JsonTransport}, {@link denominator.kit.AuthHeader}, {@link
 * denominator.kit.TokenExchange}), capability checks from metadata ({@link
 * denominator.kit.Capabilities}), the SOA mailbox ({@link denominator.kit.SoaMailbox}), a zone read
 * as a lookup ({@link denominator.kit.ZoneLookup}), and applying change sets in batches with one
 * meaning of ATOMIC. docs/WRITING_A_PROVIDER.md walks through it.
 */
package denominator.kit;
