package denominator.ultradns;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.xbill.DNS.Type;

/**
 * One zone of the simulated UltraDNS: its properties and rrsets, sorted by owner name then type
 * number as the service lists them. Created with the SOA and the four NS the service writes itself;
 * the SOA serial goes up on every change. Not thread-safe: the simulator locks.
 */
final class SimulatedZone {
  static final long APEX_TTL = 86400;
  static final List<String> NAME_SERVERS =
      List.of(
          "pdns1.ultradns.net.",
          "pdns2.ultradns.net.",
          "pdns3.ultradns.org.",
          "pdns4.ultradns.org.");

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::owner).thenComparingInt(Key::typeNumber);

  private final String name;
  private final String account;
  private final TreeMap<Key, SimulatedRRSet> rrsets = new TreeMap<>(ORDER);
  private long serial;
  private Instant lastModified;

  SimulatedZone(String name, String account, Instant now) {
    this.name = name;
    this.account = account;
    this.serial = 2026010100;
    this.lastModified = now;
    put(new SimulatedRRSet(name, "NS", APEX_TTL, NAME_SERVERS, null));
    put(new SimulatedRRSet(name, "SOA", APEX_TTL, List.of(soa("hostmaster." + name)), null));
  }

  String name() {
    return name;
  }

  Optional<SimulatedRRSet> get(String owner, String type) {
    return Optional.ofNullable(rrsets.get(new Key(owner, type)));
  }

  /** Every rrset, in the service's order. */
  List<SimulatedRRSet> all() {
    return new ArrayList<>(rrsets.values());
  }

  /** Stores an rrset (replacing one of that owner and type) and counts a change. */
  void put(SimulatedRRSet rrset) {
    rrsets.put(new Key(rrset.owner(), rrset.type()), rrset);
  }

  void remove(String owner, String type) {
    rrsets.remove(new Key(owner, type));
  }

  /**
   * Marks a change: the SOA serial goes up by one (keeping the other fields of the SOA, which a PUT
   * may have replaced) and the zone's modification time moves.
   */
  void changed(Instant now) {
    serial++;
    lastModified = now;
    SimulatedRRSet soa = rrsets.get(new Key(name, "SOA"));
    String[] fields = soa.rdata().get(0).split("\\s+");
    fields[2] = Long.toString(serial);
    put(soa.withRdata(List.of(String.join(" ", fields))));
  }

  /** The zone's properties as the service shows them. */
  JsonObject properties() {
    JsonObject properties = new JsonObject();
    properties.addProperty("name", name);
    properties.addProperty("accountName", account);
    properties.addProperty("type", "PRIMARY");
    properties.addProperty("dnssecStatus", "UNSIGNED");
    properties.addProperty("status", "ACTIVE");
    properties.addProperty("owner", "user");
    properties.addProperty(
        "resourceRecordCount", rrsets.values().stream().mapToInt(r -> r.rdata().size()).sum());
    properties.addProperty("lastModifiedDateTime", lastModified.toString());
    return properties;
  }

  private String soa(String rname) {
    return "pdns1.ultradns.net. " + rname + " " + serial + " 86400 86400 86400 86400";
  }

  /** An rrset's identity in the zone: owner and type mnemonic, ordered by the type's number. */
  private record Key(String owner, String type) {
    int typeNumber() {
      return Type.value(type);
    }
  }
}
