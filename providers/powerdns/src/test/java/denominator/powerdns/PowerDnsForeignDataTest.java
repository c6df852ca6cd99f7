package denominator.powerdns;

import static denominator.powerdns.PowerDnsVendor.rrset;
import static denominator.powerdns.PowerDnsVendor.withComment;

import denominator.model.RecordSetKey;
import denominator.model.Zone;
import denominator.tck.ForeignDataContract;
import denominator.tck.ProviderUnderTest;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fidelity contract against a real PowerDNS server: a zone filled through the server's own API
 * with disabled records, a TXT that is not UTF-8, an ALIAS, a LUA record written by hand, types the
 * model holds as generic data, odd bytes in CAA and NAPTR, and a comment.
 */
class PowerDnsForeignDataTest extends ForeignDataContract {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  /** The LUA record another tool wrote: not in this provider's encoding. */
  static final String FOREIGN_LUA =
      "A \";if continent('EU') then return '192.0.2.1' else return '192.0.2.2' end\"";

  @Override
  protected ProviderUnderTest target() {
    return server.target();
  }

  @Override
  protected Seeded seed() {
    String zone = "foreign-" + UUID.randomUUID().toString().substring(0, 8) + ".denominator.test.";
    PowerDnsVendor vendor = new PowerDnsVendor(server);
    String id = vendor.createZone(zone);
    vendor.patch(
        id,
        List.of(
            rrset("mixed." + zone, "A", 300, records("192.0.2.1", false, "192.0.2.2", true)),
            rrset("off." + zone, "A", 300, records("192.0.2.3", true)),
            withComment(
                rrset(
                    "txt." + zone,
                    "TXT",
                    300,
                    records("\"a\\255b\"", false, "\"caf\u00e9\"", false, "\"\\065\"", true)),
                "written by hand"),
            rrset("alias." + zone, "ALIAS", 300, records("target.example.net.", false)),
            rrset("lua." + zone, "LUA", 60, records(FOREIGN_LUA, false)),
            rrset("dname." + zone, "DNAME", 300, records("example.net.", false)),
            rrset(
                "loc." + zone,
                "LOC",
                300,
                records("51 30 12.748 N 0 7 39.611 W 0.00m 0.00m 0.00m 0.00m", false)),
            rrset("hinfo." + zone, "HINFO", 300, records("\"x86\" \"Linux\"", false)),
            rrset("uri." + zone, "URI", 300, records("10 1 \"https://example.net/\"", false)),
            rrset("rp." + zone, "RP", 300, records("admin.example.net. txt." + zone, false)),
            rrset("caa." + zone, "CAA", 300, records("0 issue \"ca\\200x\"", false)),
            rrset(
                "naptr." + zone,
                "NAPTR",
                300,
                records("100 10 \"u\" \"E2U+sip\\255\" \"!^.*$!sip:x@example.net!\" .", false))));
    Set<RecordSetKey> keys =
        Set.of(
            RecordSetKey.of("mixed." + zone, "A"), RecordSetKey.of("off." + zone, "A"),
            RecordSetKey.of("txt." + zone, "TXT"), RecordSetKey.of("alias." + zone, "TYPE65401"),
            RecordSetKey.of("lua." + zone, "TYPE65402"), RecordSetKey.of("dname." + zone, "DNAME"),
            RecordSetKey.of("loc." + zone, "LOC"), RecordSetKey.of("hinfo." + zone, "HINFO"),
            RecordSetKey.of("uri." + zone, "URI"), RecordSetKey.of("rp." + zone, "RP"),
            RecordSetKey.of("caa." + zone, "CAA"), RecordSetKey.of("naptr." + zone, "NAPTR"));
    return new Seeded(Zone.withoutSoa(id, zone), keys);
  }

  @Override
  protected Map<String, String> vendorState(Seeded seeded) {
    return new PowerDnsVendor(server).state(seeded.zone().id());
  }

  @Override
  protected void giveBack(Seeded seeded) {
    new PowerDnsVendor(server).deleteZone(seeded.zone().id());
  }

  /** Record contents and their disabled flags, in order: content, flag, content, flag... */
  static Map<String, Boolean> records(Object... contentsAndFlags) {
    Map<String, Boolean> records = new LinkedHashMap<>();
    for (int i = 0; i < contentsAndFlags.length; i += 2) {
      records.put((String) contentsAndFlags[i], (Boolean) contentsAndFlags[i + 1]);
    }
    return records;
  }
}
