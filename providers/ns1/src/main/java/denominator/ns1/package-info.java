/**
 * NS1 through its REST API. Read in this order: {@link denominator.ns1.Ns1Endpoints} (the API
 * calls, over the kit's JSON transport, paced by NS1's rate-limit headers) and {@link
 * denominator.ns1.Ns1Json} (their JSON); {@link denominator.ns1.Ns1Records} (answer arrays to and
 * from record data); {@link denominator.ns1.Ns1Geo} and {@link denominator.ns1.Ns1Weights} (geo and
 * weighted sets as answers and filter chains) and {@link denominator.ns1.Ns1Steering} (a record as
 * sets, ours or another tool's, and back); {@link denominator.ns1.Ns1Errors} (the error table);
 * {@link denominator.ns1.Ns1Writer} (one request per name and type, for the kit's change engine);
 * {@link denominator.ns1.Ns1DNSApi} and {@link denominator.ns1.Ns1ZoneApi} (our API); {@link
 * denominator.ns1.Ns1Provider} (metadata and wiring).
 */
package denominator.ns1;
