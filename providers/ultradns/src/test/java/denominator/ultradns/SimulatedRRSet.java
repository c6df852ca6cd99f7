package denominator.ultradns;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.xbill.DNS.Type;

/**
 * One rrset as the simulated UltraDNS keeps it: owner, type mnemonic, TTL, rdata as given, and the
 * pool profile untouched (null for a plain rrset).
 */
record SimulatedRRSet(String owner, String type, long ttl, List<String> rdata, JsonObject profile) {
  SimulatedRRSet {
    rdata = List.copyOf(rdata);
    profile = profile == null ? null : profile.deepCopy();
  }

  boolean isPool() {
    return profile != null;
  }

  int typeNumber() {
    return Type.value(type);
  }

  /** The service's {@code rrtype}: {@code "A (1)"}. */
  String rrtype() {
    return type + " (" + typeNumber() + ")";
  }

  /** The rrset as the service lists it. */
  JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("ownerName", owner);
    json.addProperty("rrtype", rrtype());
    json.addProperty("ttl", ttl);
    JsonArray values = new JsonArray();
    rdata.forEach(values::add);
    json.add("rdata", values);
    if (profile != null) {
      json.add("profile", profile.deepCopy());
    }
    return json;
  }

  SimulatedRRSet withRdata(List<String> newRdata) {
    return new SimulatedRRSet(owner, type, ttl, newRdata, profile);
  }
}
