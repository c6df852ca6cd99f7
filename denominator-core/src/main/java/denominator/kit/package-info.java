/**
 * The provider kit: what every provider needs and none should write again. A provider module is its
 * vendor's endpoints, its wire records, how they map to the model and its error table; the kit does
 * the rest: waiting and polling ({@link denominator.kit.Poller}), paging, applying change sets in
 * batches with one meaning of ATOMIC, and capability checks from metadata.
 * docs/WRITING_A_PROVIDER.md walks through it.
 */
package denominator.kit;
