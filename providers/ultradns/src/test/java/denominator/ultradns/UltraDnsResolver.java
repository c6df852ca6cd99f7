package denominator.ultradns;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigInteger;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.Address;

/**
 * Which rdata the simulated UltraDNS serves a client for a name and type, as a resolver asking it
 * would see: a plain rrset answers all its rdata (TXT and SPF as their quoted character-strings); a
 * directional pool answers the entries of the most specific group the client falls in (subdivision,
 * then country, then UltraDNS's own continent, then {@code allNonConfigured}), or nothing in the
 * {@code noResponse} group or when nothing matches, with IP groups winning or losing per {@code
 * conflictResolve}; a traffic-controller pool answers every entry it may pick (weight above zero,
 * state NORMAL or ACTIVE); other pools answer all their rdata.
 */
public final class UltraDnsResolver {
  private static final Set<String> SERVING_STATES = Set.of("NORMAL", "ACTIVE");
  private static final int SUBDIVISION = 3;
  private static final int COUNTRY = 2;
  private static final int CONTINENT = 1;

  private final UltraDnsSimulator simulator;

  public UltraDnsResolver(UltraDnsSimulator simulator) {
    this.simulator = simulator;
  }

  /**
   * Where a query comes from: an ISO 3166-1 country (or A1, A2, A3), optionally an ISO 3166-2
   * subdivision of it, optionally the client's IP address.
   */
  public record Client(String country, String subdivision, String ip) {
    /** A client somewhere in this country. */
    public static Client in(String country) {
      return new Client(country, null, null);
    }

    /** A client in this subdivision, e.g. {@code US-NY}, whose country is its prefix. */
    public static Client inSubdivision(String subdivision) {
      return new Client(subdivision.substring(0, 2), subdivision, null);
    }

    /** The same client, querying from this IP address. */
    public Client from(String address) {
      return new Client(country, subdivision, address);
    }
  }

  /** The rdata served to {@code client} for {@code owner} and {@code type}; empty for none. */
  public List<String> answer(String zone, String owner, String type, Client client) {
    Optional<JsonObject> rrset = simulator.rrset(zone, owner, type);
    if (rrset.isEmpty()) {
      return List.of();
    }
    List<String> rdata = strings(rrset.get());
    JsonObject profile = rrset.get().getAsJsonObject("profile");
    String context = profile == null ? "" : PoolRules.string(profile, "@context");
    List<String> served =
        switch (context) {
          case PoolRules.DIR -> directional(rdata, profile, client);
          case PoolRules.TC -> trafficController(rdata, profile);
          default -> rdata;
        };
    return type.equals("TXT") || type.equals("SPF") ? quoted(served) : served;
  }

  private static List<String> directional(List<String> rdata, JsonObject profile, Client client) {
    List<JsonObject> entries = entries(profile);
    boolean ipFirst = PoolRules.string(profile, "conflictResolve").equals("IP");
    JsonObject noResponse = profile.getAsJsonObject("noResponse");
    // an allNonConfigured entry or noResponse ignores its geoInfo and ipInfo
    List<JsonObject> groups = new ArrayList<>(entries);
    if (noResponse != null) {
      groups.add(noResponse);
    }
    groups.removeIf(group -> PoolRules.bool(group, "allNonConfigured"));
    JsonObject winner = ipFirst ? ipMatch(groups, client) : null;
    if (winner == null) {
      winner = geoMatch(groups, client);
    }
    if (winner == null && !ipFirst) {
      winner = ipMatch(groups, client);
    }
    if (winner != null && winner == noResponse) {
      return List.of(); // the pool's blocked clients
    }
    List<String> served = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonObject entry = entries.get(i);
      boolean chosen =
          winner == null ? PoolRules.bool(entry, "allNonConfigured") : sameGroup(entry, winner);
      if (chosen) {
        served.add(rdata.get(i));
      }
    }
    return served;
  }

  private static List<String> trafficController(List<String> rdata, JsonObject profile) {
    List<JsonObject> entries = entries(profile);
    List<String> served = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonObject entry = entries.get(i);
      JsonElement weight = entry.get("weight");
      String state = PoolRules.string(entry, "state");
      if ((weight == null || weight.getAsInt() > 0)
          && (state.isEmpty() || SERVING_STATES.contains(state))) {
        served.add(rdata.get(i));
      }
    }
    return served;
  }

  /** The group whose geo codes match the client most specifically, or null. */
  private static JsonObject geoMatch(List<JsonObject> groups, Client client) {
    JsonObject best = null;
    int bestLevel = 0;
    for (JsonObject group : groups) {
      int level = geoLevel(group.getAsJsonObject("geoInfo"), client);
      if (level > bestLevel) {
        best = group;
        bestLevel = level;
      }
    }
    return best;
  }

  private static int geoLevel(JsonObject geoInfo, Client client) {
    if (geoInfo == null || !geoInfo.has("codes")) {
      return 0;
    }
    String continent = UltraDnsGeoCodes.continentOf(client.country()).orElse("");
    int level = 0;
    for (JsonElement element : geoInfo.getAsJsonArray("codes")) {
      String code = element.getAsString();
      if (code.equals(client.subdivision())) {
        level = Math.max(level, SUBDIVISION);
      } else if (code.equals(client.country())) {
        level = Math.max(level, COUNTRY);
      } else if (code.equals(continent)) {
        level = Math.max(level, CONTINENT);
      }
    }
    return level;
  }

  /** The first group with an IP range holding the client's address, or null. */
  private static JsonObject ipMatch(List<JsonObject> groups, Client client) {
    if (client.ip() == null) {
      return null;
    }
    BigInteger address = number(client.ip());
    for (JsonObject group : groups) {
      JsonObject ipInfo = group.getAsJsonObject("ipInfo");
      if (ipInfo != null && ipInfo.has("ips")) {
        for (JsonElement ip : ipInfo.getAsJsonArray("ips")) {
          if (holds(ip.getAsJsonObject(), address)) {
            return group;
          }
        }
      }
    }
    return null;
  }

  private static boolean holds(JsonObject range, BigInteger address) {
    if (range.has("address")) {
      return number(PoolRules.string(range, "address")).equals(address);
    }
    if (range.has("cidr")) {
      String[] cidr = PoolRules.string(range, "cidr").split("/");
      int bits = cidr[0].contains(":") ? 128 : 32;
      int shift = bits - Integer.parseInt(cidr[1]);
      return number(cidr[0]).shiftRight(shift).equals(address.shiftRight(shift));
    }
    return number(PoolRules.string(range, "start")).compareTo(address) <= 0
        && number(PoolRules.string(range, "end")).compareTo(address) >= 0;
  }

  private static boolean sameGroup(JsonObject entry, JsonObject winner) {
    return !PoolRules.bool(entry, "allNonConfigured")
        && name(entry, "geoInfo").equals(name(winner, "geoInfo"))
        && name(entry, "ipInfo").equals(name(winner, "ipInfo"));
  }

  private static String name(JsonObject entry, String info) {
    JsonObject group = entry.getAsJsonObject(info);
    return group == null ? "" : PoolRules.groupName(group);
  }

  private static List<JsonObject> entries(JsonObject profile) {
    return profile.getAsJsonArray("rdataInfo").asList().stream()
        .map(JsonElement::getAsJsonObject)
        .toList();
  }

  private static List<String> strings(JsonObject rrset) {
    return rrset.getAsJsonArray("rdata").asList().stream().map(JsonElement::getAsString).toList();
  }

  private static List<String> quoted(List<String> values) {
    return values.stream()
        .map(
            value ->
                String.join(
                    " ",
                    RdataRules.characterStrings(value).stream().map(s -> "\"" + s + "\"").toList()))
        .toList();
  }

  private static BigInteger number(String address) {
    try {
      // dnsjava parses the literal without a lookup
      return new BigInteger(1, Address.getByAddress(address).getAddress());
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address: " + address, e);
    }
  }
}
