package denominator.rfc2136;

import denominator.model.RecordSetKey;
import denominator.model.Zone;
import denominator.tck.ForeignDataContract;
import denominator.tck.ProviderUnderTest;
import denominator.tck.TestZones;
import denominator.tck.servers.BindServer;
import denominator.tck.servers.RunningServer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fidelity contract against a real BIND 9: a zone filled by DNS UPDATE sent with dnsjava (not
 * this provider) with character-strings outside UTF-8, types the model has no class for, a TLSA
 * record the model refuses and names in upper case, compared by AXFR wire bytes.
 */
class Rfc2136ForeignDataTest extends ForeignDataContract {
  static final String ZONE = "foreign.rfc2136.denominator.test.";
  static final List<String> RECORDS =
      List.of(
          "txt 300 TXT \"caf\\233\" \"\\255\\000x\" \"a\\\"b\"",
          "spf 300 SPF \"v=spf1 \\255 -all\"",
          "caa 300 CAA 0 issue \"\\255ca.example\"",
          "caa 300 CAA 128 tbs \"\"",
          "naptr 300 NAPTR 100 10 \"S\" \"SIP+D2U\\255\" \"!^.*$!sip:\\200@example.com!\""
              + " _sip._udp.example.com.",
          "dname 300 DNAME example.net.",
          "loc 300 LOC 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m",
          "hinfo 300 HINFO \"x86\" \"Linux\"",
          "rp 300 RP admin.example.com. txt.example.com.",
          "uri 300 URI 10 1 \"https://example.com/\"",
          "cert 300 CERT 1 0 0 AAAA",
          "apl 300 APL 1:192.0.2.0/24 !2:2001:db8::/32",
          "private 300 TYPE65280 \\# 2 ABCD",
          // a digest of the wrong length, which the model refuses; not at _443._tcp, where BIND's
          // check-names refuses the AAAA the contract writes beside it
          "tlsa 300 TLSA 3 1 1 AB",
          "mx 300 MX 10 Mail.Example.NET.");

  static BindServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = BindServer.start(ZONE));

  @Override
  protected ProviderUnderTest target() {
    return server.target(TestZones.CREATE_AND_DELETE); // the contract seeds its own zone
  }

  @Override
  protected Seeded seed() {
    new BindSeed(server, ZONE).add(RECORDS.toArray(String[]::new));
    Set<RecordSetKey> keys = new LinkedHashSet<>();
    for (String line : RECORDS) {
      String[] fields = line.split(" ");
      keys.add(RecordSetKey.of(fields[0] + "." + ZONE, fields[2]));
    }
    return new Seeded(new Zone(ZONE, ZONE, "hostmaster@" + ZONE, 3600), keys);
  }

  @Override
  protected Map<String, String> vendorState(Seeded zone) {
    return new BindSeed(server, ZONE).wireState();
  }

  @Override
  protected void giveBack(Seeded zone) {
    new BindSeed(server, ZONE).clear();
  }
}
