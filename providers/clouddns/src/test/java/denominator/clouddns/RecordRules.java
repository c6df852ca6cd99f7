package denominator.clouddns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks Cloud DNS makes of the records of a POST or PUT before it accepts the job (wire page,
 * section 7): types, names within the domain, data per type, ttl at least 300, priority for MX and
 * SRV only (0..65535), comments of at most 160 characters. Every problem becomes one validation
 * message naming the record's index, name and type; one bad record refuses the whole request.
 */
final class RecordRules {
  static final Set<String> TYPES = Set.of("A", "AAAA", "CNAME", "MX", "NS", "SRV", "TXT");
  static final int MIN_TTL = 300;
  static final int MAX_COMMENT = 160;
  private static final Set<String> WILDCARDS = Set.of("A", "AAAA", "CNAME", "MX", "SRV", "TXT");
  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
              + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))*");

  /** A record to add, checked: name lower-case, TXT data cleaned, ttl the domain's if absent. */
  record Addition(
      String name, String type, String data, int ttl, Integer priority, String comment) {
    String identity() {
      return SimulatedRecord.identity(name, type, data, priority);
    }
  }

  /** A change of a record by id, checked as far as the stored record allows; null = kept. */
  record Update(String id, String data, Integer ttl, Integer priority, String comment) {}

  private RecordRules() {}

  /** The records of a POST body's array, or a validation refusal listing every problem. */
  static List<Addition> additions(JsonArray records, SimulatedDomain domain) {
    List<String> messages = new ArrayList<>();
    List<Addition> additions = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      Fields fields = fields(records.get(i), "records[" + i + "]", messages);
      if (fields != null) {
        addition(fields, domain).ifPresent(additions::add);
      }
    }
    refuseIfAny(messages);
    return additions;
  }

  private static Optional<Addition> addition(Fields fields, SimulatedDomain domain) {
    int before = fields.messages();
    String name = fields.string("name");
    String type = fields.string("type");
    if (name == null || type == null) {
      fields.refuse((name == null ? "name" : "type") + " is required");
      return Optional.empty();
    }
    name = name.toLowerCase(Locale.ROOT);
    type = type.toUpperCase(Locale.ROOT);
    String what = " (" + name + " " + type + ")";
    if (!TYPES.contains(type)) {
      fields.refuse("record type " + type + " is not supported" + what);
      return Optional.empty();
    }
    checkName(fields, name, type, domain);
    String data = fields.string("data");
    if (data == null) {
      fields.refuse("data is required" + what);
    } else {
      data = data(fields, type.equals("TXT") ? clean(data) : data, name, type);
    }
    Integer ttl = ttl(fields, name, type);
    Integer priority = priority(fields, name, type);
    String comment = comment(fields, what);
    if (fields.messages() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new Addition(name, type, data, ttl == null ? domain.ttl() : ttl, priority, comment));
  }

  /** The records of a PUT body's array, checked against what is stored now. */
  static List<Update> updates(JsonArray records, SimulatedDomain domain) {
    List<String> messages = new ArrayList<>();
    List<Update> updates = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      Fields fields = fields(records.get(i), "records[" + i + "]", messages);
      if (fields != null) {
        update(fields, domain).ifPresent(updates::add);
      }
    }
    refuseIfAny(messages);
    return updates;
  }

  private static Optional<Update> update(Fields fields, SimulatedDomain domain) {
    int before = fields.messages();
    String id = fields.string("id");
    if (id == null) {
      fields.refuse("id is required");
      return Optional.empty();
    }
    String name = fields.string("name");
    if (name == null) {
      fields.refuse("name is required (" + id + ")");
      return Optional.empty();
    }
    Optional<SimulatedRecord> stored = domain.record(id);
    // a record gone by now is the job's 404, decided when the job runs
    String type = stored.map(SimulatedRecord::type).orElse(null);
    String askedType = fields.string("type");
    if (stored.isPresent()
        && (!stored.get().name().equalsIgnoreCase(name)
            || (askedType != null && !askedType.equalsIgnoreCase(type)))) {
      fields.refuse("name and type cannot be changed (" + id + ")");
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String what = " (" + lower + " " + type + ")";
    String data = fields.string("data");
    if (data != null && type != null) {
      data = data(fields, type.equals("TXT") ? clean(data) : data, lower, type);
    }
    Integer ttl = ttl(fields, lower, type);
    Integer priority = null;
    if (fields.has("priority") && type != null) {
      priority = priority(fields, lower, type);
    } else if (fields.has("priority")) {
      priority = fields.integer("priority", what);
    }
    String comment = comment(fields, what);
    if (fields.messages() > before) {
      return Optional.empty();
    }
    return Optional.of(new Update(id, data, ttl, priority, comment));
  }

  private static void checkName(Fields fields, String name, String type, SimulatedDomain domain) {
    boolean wildcard = name.startsWith("*.");
    String host = wildcard ? name.substring(2) : name;
    if (!HOST.matcher(host).matches()) {
      fields.refuse(name + " is not a valid name (" + name + " " + type + ")");
    } else if (!domain.contains(host) || (wildcard && !domain.contains(name))) {
      fields.refuse(name + " is not within domain " + domain.name());
    } else if (wildcard && !WILDCARDS.contains(type)) {
      fields.refuse("a wildcard name is not allowed for " + name + " " + type);
    }
  }

  /** Checks data for its type; answers it as stored. */
  private static String data(Fields fields, String data, String name, String type) {
    String what = " (" + name + " " + type + ")";
    switch (type) {
      case "A" -> {
        if (!IPV4.matcher(data).matches()) {
          fields.refuse(data + " is not a valid IPv4 address" + what);
        }
      }
      case "AAAA" -> {
        if (!ipv6(data)) {
          fields.refuse(data + " is not a valid IPv6 address" + what);
        }
      }
      case "CNAME", "NS", "MX" -> {
        if (!HOST.matcher(data).matches()) {
          fields.refuse(data + " is not a valid hostname" + what);
        }
      }
      case "SRV" -> srv(fields, data, what);
      case "TXT" -> {
        if (data.isEmpty()) {
          fields.refuse("TXT data is empty" + what);
        }
      }
      default -> throw new IllegalArgumentException(type);
    }
    return data;
  }

  // 1 field: target; 2: port target; 3: weight port target; more: the first three count
  private static void srv(Fields fields, String data, String what) {
    String[] parts = data.trim().split("\\s+");
    int target = Math.min(parts.length, 3) - 1;
    for (int i = 0; i < target; i++) {
      if (!parts[i].matches("[0-9]{1,5}") || Integer.parseInt(parts[i]) > 65535) {
        fields.refuse(data + " is not valid SRV data: " + parts[i] + " is not 0..65535" + what);
        return;
      }
    }
    if (!HOST.matcher(parts[target]).matches()) {
      fields.refuse(data + " is not valid SRV data: " + parts[target] + " is no hostname" + what);
    }
  }

  private static boolean ipv6(String data) {
    if (!IPV6.matcher(data).matches()) {
      return false;
    }
    try {
      // a literal: no lookup happens
      return InetAddress.getByName(data) instanceof Inet6Address;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static Integer ttl(Fields fields, String name, String type) {
    Integer ttl = fields.integer("ttl", " for " + name + " " + type);
    if (ttl != null && ttl < MIN_TTL) {
      fields.refuse(
          "ttl " + ttl + " for " + name + " " + type + " is below the minimum of " + MIN_TTL);
    }
    return ttl;
  }

  private static Integer priority(Fields fields, String name, String type) {
    boolean wanted = type.equals("MX") || type.equals("SRV");
    if (!fields.has("priority")) {
      if (wanted) {
        fields.refuse("priority is required for " + name + " " + type);
      }
      return null;
    }
    if (!wanted) {
      fields.refuse("priority is not allowed for " + name + " " + type);
      return null;
    }
    Integer priority = fields.integer("priority", " for " + name + " " + type);
    if (priority != null && (priority < 0 || priority > 65535)) {
      fields.refuse("priority " + priority + " for " + name + " " + type + " is outside 0..65535");
    }
    return priority;
  }

  private static String comment(Fields fields, String what) {
    String comment = fields.string("comment");
    if (comment != null && comment.length() > MAX_COMMENT) {
      fields.refuse("comment longer than " + MAX_COMMENT + " characters" + what);
    }
    return comment;
  }

  /** TXT data as the service stores it: without {@code "} and {@code \}. */
  static String clean(String data) {
    return data.replace("\"", "").replace("\\", "");
  }

  private static Fields fields(JsonElement element, String place, List<String> messages) {
    if (!(element instanceof JsonObject object)) {
      messages.add(place + ": " + element + " is not a record object");
      return null;
    }
    return new Fields(object, place, messages);
  }

  private static void refuseIfAny(List<String> messages) {
    if (!messages.isEmpty()) {
      throw CloudDnsFault.validation(messages);
    }
  }
}
