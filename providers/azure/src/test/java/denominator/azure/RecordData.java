package denominator.azure;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The typed record data of Azure DNS (wire page, section 6): which property of {@code properties}
 * holds each type's records, and the checks the simulator makes on them before storing, with the
 * page's 400 {@code BadRequest} texts. Values are stored as sent, but for IPv6 addresses, which the
 * service returns in their RFC 5952 form.
 */
final class RecordData {
  /** The record property of each type, as the API spells it. */
  static final Map<String, String> PROPERTIES =
      Map.of(
          "A", "ARecords",
          "AAAA", "AAAARecords",
          "CAA", "caaRecords",
          "CNAME", "CNAMERecord",
          "MX", "MXRecords",
          "NS", "NSRecords",
          "PTR", "PTRRecords",
          "SOA", "SOARecord",
          "SRV", "SRVRecords",
          "TXT", "TXTRecords");

  static final int TXT_STRING = 255;
  static final int TXT_TOTAL = 4096;

  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");
  private static final Pattern CAA_TAG = Pattern.compile("[A-Za-z0-9]{1,15}");

  private RecordData() {}

  /** Whether the API knows this record type (the 2018-05-01 enum). */
  static boolean known(String type) {
    return PROPERTIES.containsKey(type);
  }

  /**
   * The checked record property of a set of {@code type} from a PUT's {@code properties}, or null
   * when it has none (an empty or alias set); refuses another type's property and bad values.
   */
  static JsonElement read(String type, JsonObject properties, int maxRecords) {
    String own = PROPERTIES.get(type);
    for (String property : PROPERTIES.values()) {
      if (!property.equals(own) && present(properties, property)) {
        throw ArmRefusal.badRequest(
            "The record property '"
                + property
                + "' is invalid for a record set of type '"
                + type
                + "'.");
      }
    }
    if (!present(properties, own)) {
      return null;
    }
    JsonElement records = properties.get(own);
    if (type.equals("CNAME") || type.equals("SOA")) {
      if (!records.isJsonObject()) {
        throw ArmRefusal.invalid(own, records);
      }
      JsonObject checked = records.getAsJsonObject().deepCopy();
      if (type.equals("CNAME")) {
        name(checked, "cname");
      } else {
        soa(checked);
      }
      return checked;
    }
    if (!records.isJsonArray()) {
      throw ArmRefusal.invalid(own, records);
    }
    JsonArray items = records.getAsJsonArray();
    if (items.size() > maxRecords) {
      throw ArmRefusal.badRequest(
          "The number of records in the record set exceeds the limit of " + maxRecords + ".");
    }
    JsonArray checked = new JsonArray();
    for (JsonElement item : items) {
      if (!item.isJsonObject()) {
        throw ArmRefusal.invalid(own + " item", item);
      }
      checked.add(item(type, item.getAsJsonObject().deepCopy()));
    }
    if (type.equals("TXT")) {
      txtTotal(checked);
    }
    return checked;
  }

  private static boolean present(JsonObject properties, String property) {
    return properties.has(property) && !properties.get(property).isJsonNull();
  }

  private static JsonObject item(String type, JsonObject item) {
    switch (type) {
      case "A" -> {
        String address = string(item, "ipv4Address");
        if (address == null || !IPV4.matcher(address).matches()) {
          throw ArmRefusal.invalid("IPv4 address", address);
        }
      }
      case "AAAA" -> item.addProperty("ipv6Address", ipv6(string(item, "ipv6Address")));
      case "MX" -> {
        number(item, "preference", 65535);
        name(item, "exchange");
      }
      case "NS" -> name(item, "nsdname");
      case "PTR" -> name(item, "ptrdname");
      case "SRV" -> {
        number(item, "priority", 65535);
        number(item, "weight", 65535);
        number(item, "port", 65535);
        name(item, "target");
      }
      case "CAA" -> {
        number(item, "flags", 255);
        String tag = string(item, "tag");
        if (tag == null || !CAA_TAG.matcher(tag).matches()) {
          throw ArmRefusal.invalid("CAA tag", tag);
        }
        if (string(item, "value") == null) {
          throw ArmRefusal.invalid("CAA value", item.get("value"));
        }
      }
      case "TXT" -> txt(item);
      default -> throw new IllegalArgumentException("no array records for " + type);
    }
    return item;
  }

  private static void soa(JsonObject soa) {
    name(soa, "host");
    name(soa, "email");
    number(soa, "serialNumber", 4294967295L);
    for (String timer : List.of("refreshTime", "retryTime", "expireTime", "minimumTTL")) {
      number(soa, timer, Integer.MAX_VALUE);
    }
  }

  private static void txt(JsonObject item) {
    JsonElement value = item.get("value");
    if (value == null || !value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
      throw ArmRefusal.badRequest(
          "The TXT value '" + value + "' is invalid. A TXT record has 1 or more strings.");
    }
    for (JsonElement string : value.getAsJsonArray()) {
      if (!string.isJsonPrimitive() || !string.getAsJsonPrimitive().isString()) {
        throw ArmRefusal.invalid("TXT value", string);
      }
      String text = string.getAsString();
      if (text.isEmpty() || text.length() > TXT_STRING) {
        throw ArmRefusal.badRequest(
            "The TXT value '"
                + text
                + "' is invalid. A TXT string has 1 to 255 characters; this one has "
                + text.length()
                + ".");
      }
    }
  }

  private static void txtTotal(JsonArray records) {
    int total = 0;
    for (JsonElement record : records) {
      for (JsonElement string : record.getAsJsonObject().getAsJsonArray("value")) {
        total += string.getAsString().length();
      }
    }
    if (total > TXT_TOTAL) {
      throw ArmRefusal.badRequest(
          "The TXT record set is invalid. Its strings total "
              + total
              + " characters, more than 4096.");
    }
  }

  /** Refuses a domain name the service would: empty, the root, bad labels, too long. */
  static void name(JsonObject item, String field) {
    String name = string(item, field);
    if (name == null || !domainName(name)) {
      throw ArmRefusal.invalid("domain name", name);
    }
  }

  static boolean domainName(String name) {
    String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    if (bare.isEmpty() || bare.length() > 253) {
      return false;
    }
    for (String label : bare.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  private static void number(JsonObject item, String field, long max) {
    JsonElement value = item.get(field);
    long number;
    try {
      number = value.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
    } catch (RuntimeException e) {
      // absent, not a number, or not a whole one
      throw ArmRefusal.invalid(field, value);
    }
    if (number < 0 || number > max) {
      throw ArmRefusal.invalid(field, value);
    }
  }

  private static String string(JsonObject item, String field) {
    JsonElement value = item.get(field);
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
        ? value.getAsString()
        : null;
  }

  /** An IPv6 address in RFC 5952 form (lower case, longest zero run compressed), or a refusal. */
  static String ipv6(String address) {
    if (address == null || address.indexOf(':') < 0 || !address.matches("[0-9A-Fa-f:.]+")) {
      throw ArmRefusal.invalid("IPv6 address", address);
    }
    InetAddress parsed;
    try {
      // a literal with a colon is parsed, never looked up
      parsed = InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      throw ArmRefusal.invalid("IPv6 address", address);
    }
    if (parsed instanceof Inet4Address mapped) {
      // Java turns ::ffff:a.b.c.d into IPv4; RFC 5952 section 5 writes it back in mixed form
      return "::ffff:" + mapped.getHostAddress();
    }
    byte[] bytes = ((Inet6Address) parsed).getAddress();
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }
}
