/**
 * Typed record data: one record per DNS type, each validating in its constructor and each with a
 * symmetric zone-file parse ({@code parse(String)}) and print ({@code toString()}).
 *
 * <p>Start with {@link denominator.model.rdata.RData#parse(String, String)}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-5">RFC 1035 §5, master files</a>
 */
package denominator.model.rdata;
