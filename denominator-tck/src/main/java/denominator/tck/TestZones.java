package denominator.tck;

import denominator.DNSApi;
import denominator.model.Zone;
import java.util.UUID;

/**
 * Where the tests of the contract get their zones: one per test, empty but for what the provider
 * puts in every zone (SOA, NS). The default, {@link #CREATE_AND_DELETE}, creates a zone with a
 * unique name and deletes it after the test. A provider that cannot create zones (RFC 2136 has no
 * such message) lends zones that exist on its server and empties them after each test.
 */
public interface TestZones {
  /** The email every zone the TCK creates has. */
  String EMAIL = "hostmaster@denominator.test";

  /** Creates a zone with a unique name under {@code denominator.test.}; deletes it afterwards. */
  TestZones CREATE_AND_DELETE =
      new TestZones() {
        @Override
        public Zone take(DNSApi api) {
          String name =
              "tck-" + UUID.randomUUID().toString().substring(0, 8) + ".denominator.test.";
          String id = api.zones().put(Zone.create(name, EMAIL, 3600));
          return new Zone(id, name, EMAIL, 3600);
        }

        @Override
        public void giveBack(DNSApi api, Zone zone) {
          api.zones().delete(zone.id());
        }
      };

  /** A zone for one test, that no other test uses until it is given back. */
  Zone take(DNSApi api);

  /** Called after the test that took {@code zone}, with the same api. */
  void giveBack(DNSApi api, Zone zone);
}
