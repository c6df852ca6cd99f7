package denominator.powerdns;

import denominator.tck.servers.PowerDnsServer;

/** The whole contract suite against a real PowerDNS server on loopback. */
class PowerDnsProviderTest extends PowerDnsServer.Contract {}
