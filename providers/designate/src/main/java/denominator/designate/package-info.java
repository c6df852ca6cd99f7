/**
 * OpenStack Designate v2 through Keystone v3. Read in this order: {@link
 * denominator.designate.DesignateTokens} (Keystone tokens and the catalog's DNS endpoint), {@link
 * denominator.designate.DesignateEndpoints} (the API calls, over the kit's JSON transport) and
 * {@link denominator.designate.DesignateJson} (their JSON); {@link
 * denominator.designate.DesignateRecords} and {@link denominator.designate.DesignateData} (record
 * strings to and from record data); {@link denominator.designate.DesignateErrors} (the error
 * table); {@link denominator.designate.DesignateWriter} (one request per set, for the kit's change
 * engine) and {@link denominator.designate.DesignatePropagation} (waiting for a zone to be ACTIVE);
 * {@link denominator.designate.DesignateDNSApi} and {@link denominator.designate.DesignateZoneApi}
 * (our API); {@link denominator.designate.DesignateProvider} (metadata and wiring).
 */
package denominator.designate;
