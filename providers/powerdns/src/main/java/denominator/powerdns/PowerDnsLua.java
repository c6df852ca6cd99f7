package denominator.powerdns;

import com.google.gson.Gson;
import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.rdata.GenericData;
import denominator.model.rdata.RData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xbill.DNS.DNSOutput;
import org.xbill.DNS.Type;

/**
 * Geo and weighted record sets as PowerDNS {@code LUA} records: the encoding this provider writes
 * and reads back. All qualified sets of one name and type become one record of the name's LUA set,
 * e.g. for {@code www A}:
 *
 * <pre>
 * LUA A ";--[[denominator {"profile":"geo","sets":[{"qualifier":"eu","ttl":60,"geo":"continent:EU",
 *   "records":["192.0.2.1"]},{"qualifier":"us","geo":"US,*","records":["192.0.2.2"]}]}]]
 *   if country('US') then return {'192.0.2.2'} end
 *   if continent('EU') then return {'192.0.2.1'} end return {'192.0.2.2'}"
 * LUA A ";--[[denominator {"profile":"weighted","sets":[...]}]]
 *   local s={['blue']={'192.0.2.1'},['green']={'192.0.2.2'}}
 *   return s[pickwrandom({{90,'blue'},{10,'green'}})]"
 * </pre>
 *
 * <p>The header comment (JSON: qualifier, TTL, regions or weight, and answers of every set) is the
 * source of truth; the code after it is generated from the header. Geo code tests countries before
 * continents, so the most specific region wins, and answers the {@code *} set last (or nothing). A
 * record reads back as qualified sets only if regenerating the code from its header gives exactly
 * its code; any other LUA record, such as one written by hand, reads back as a plain set of type
 * {@value #GENERIC_TYPE} (RFC 3597 data: the answered type, then the code as character-strings),
 * which can be written back unchanged.
 */
final class PowerDnsLua {
  static final String TYPE = "LUA";
  static final String GENERIC_TYPE = "TYPE65402";
  private static final String MARK = ";--[[denominator ";
  private static final Gson GSON = new Gson();

  private record Header(String profile, List<Entry> sets) {}

  private record Entry(
      String qualifier, Integer ttl, String geo, Integer weight, List<String> records) {}

  /** The answered type of a LUA record's content, e.g. {@code A} of {@code A ";return ..."}. */
  static String answeredType(String content) {
    return content.substring(0, Math.max(0, content.indexOf(' ')));
  }

  /** The content of the LUA record for these qualified sets, all of one name and type. */
  static String content(String type, List<ResourceRecordSet> sets) {
    return content(type, sets, true);
  }

  /**
   * The content for these sets; {@code canonical} false gives the code that versions before the
   * canonical continents wrote (GeoIP's continents), still read as ours.
   */
  private static String content(String type, List<ResourceRecordSet> sets, boolean canonical) {
    boolean geo = sets.get(0).geo().isPresent();
    List<Entry> entries =
        sets.stream()
            .sorted(Comparator.comparing(s -> s.qualifier().orElseThrow()))
            .map(
                s ->
                    new Entry(
                        s.qualifier().orElseThrow(),
                        s.ttl().isPresent() ? s.ttl().getAsInt() : null,
                        s.geo().map(Geo::toString).orElse(null),
                        s.weighted().map(Weighted::weight).orElse(null),
                        s.records().stream().map(RData::toString).toList()))
            .toList();
    String header = GSON.toJson(new Header(geo ? "geo" : "weighted", entries));
    if (header.contains("]]")) {
      throw new ValidationException(
          "]] in a geo or weighted set",
          header,
          "qualifiers and records without ]], which ends the Lua comment of the encoding");
    }
    return type
        + " "
        + quote(MARK + header + "]]" + (geo ? geoCode(entries, canonical) : weightedCode(entries)));
  }

  /**
   * The qualified sets of one LUA record at {@code name}, if this provider wrote it; empty for any
   * other LUA record.
   */
  static Optional<List<ResourceRecordSet>> sets(String name, String content) {
    String type = answeredType(content);
    Optional<String> code = unquote(content.substring(type.length() + 1));
    if (code.isEmpty() || !code.get().startsWith(MARK)) {
      return Optional.empty();
    }
    try {
      int end = code.get().indexOf("]]");
      Header header = GSON.fromJson(code.get().substring(MARK.length(), end), Header.class);
      List<ResourceRecordSet> sets = header.sets().stream().map(e -> set(name, type, e)).toList();
      return content(type, sets, true).equals(content) || content(type, sets, false).equals(content)
          ? Optional.of(sets)
          : Optional.empty();
    } catch (RuntimeException notOurs) { // JSON, model or code that we would not have written
      return Optional.empty();
    }
  }

  private static ResourceRecordSet set(String name, String type, Entry entry) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name(name).type(type).qualifier(entry.qualifier());
    if (entry.ttl() != null) {
      set.ttl(entry.ttl());
    }
    entry.records().forEach(set::add);
    return (entry.geo() != null
            ? set.geo(Geo.parse(entry.geo()))
            : set.weighted(new Weighted(entry.weight())))
        .build();
  }

  private static String geoCode(List<Entry> entries, boolean canonical) {
    StringBuilder code = new StringBuilder();
    for (RegionKind kind : List.of(RegionKind.COUNTRY, RegionKind.CONTINENT)) {
      for (Entry entry : entries) {
        String test =
            Geo.parse(entry.geo()).regions().stream()
                .filter(r -> r.kind() == kind)
                .map(r -> predicate(r, canonical))
                .collect(Collectors.joining(" or "));
        if (!test.isEmpty()) {
          code.append(" if ")
              .append(test)
              .append(" then return ")
              .append(answers(entry))
              .append(" end");
        }
      }
    }
    String fallback =
        entries.stream()
            .filter(
                e ->
                    Geo.parse(e.geo()).regions().stream()
                        .anyMatch(r -> r.kind() == RegionKind.WORLD))
            .findFirst()
            .map(PowerDnsLua::answers)
            .orElse("{}");
    return code.append(" return ").append(fallback).toString();
  }

  private static String predicate(Region region, boolean canonical) {
    String continent = region.code().substring(region.code().indexOf(':') + 1);
    return region.kind() == RegionKind.COUNTRY
        ? "country(" + lua(region.code()) + ")"
        : canonical ? PowerDnsContinents.predicate(continent) : "continent(" + lua(continent) + ")";
  }

  private static String weightedCode(List<Entry> entries) {
    boolean allZero = entries.stream().allMatch(e -> e.weight() == 0);
    return " local s={"
        + entries.stream()
            .map(e -> "[" + lua(e.qualifier()) + "]=" + answers(e))
            .collect(Collectors.joining(","))
        + "} return s[pickwrandom({"
        + entries.stream()
            .map(e -> "{" + (allZero ? 1 : e.weight()) + "," + lua(e.qualifier()) + "}")
            .collect(Collectors.joining(","))
        + "})]";
  }

  private static String answers(Entry entry) {
    return entry.records().stream()
        .map(PowerDnsLua::lua)
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** A Lua string literal. */
  static String lua(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** A zone-file character-string: quoted, with backslash and quote escaped. */
  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The text of one quoted zone-file character-string, escapes resolved; empty if not one. */
  private static Optional<String> unquote(String quoted) {
    if (quoted.length() < 2 || !quoted.startsWith("\"") || !quoted.endsWith("\"")) {
      return Optional.empty();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] in = quoted.substring(1, quoted.length() - 1).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '"') {
        return Optional.empty(); // several strings: not ours
      }
      if (in[i] == '\\' && i + 3 < in.length && isDigits(in, i + 1)) {
        bytes.write(Integer.parseInt(new String(in, i + 1, 3, StandardCharsets.US_ASCII)));
        i += 3;
      } else if (in[i] == '\\' && i + 1 < in.length) {
        bytes.write(in[++i]);
      } else {
        bytes.write(in[i]);
      }
    }
    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
  }

  private static boolean isDigits(byte[] in, int from) {
    for (int i = from; i < from + 3; i++) {
      if (in[i] < '0' || in[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /** Any LUA record as RFC 3597 data: the answered type's code, then the Lua code. */
  static RData generic(String content) {
    String type = answeredType(content);
    byte[] code =
        unquote(content.substring(type.length() + 1))
            .orElse(content.substring(type.length() + 1))
            .getBytes(StandardCharsets.UTF_8);
    DNSOutput wire = new DNSOutput();
    wire.writeU16(Type.value(type) & 0xffff); // an unknown type (-1) as 65535, as before
    for (int start = 0; start < code.length || start == 0; start += 255) {
      wire.writeCountedString(Arrays.copyOfRange(code, start, Math.min(code.length, start + 255)));
    }
    return new GenericData(
        GENERIC_TYPE, HexFormat.of().withUpperCase().formatHex(wire.toByteArray()));
  }

  /** The content of the LUA record that {@link #generic} made {@code data} from. */
  static String content(GenericData data) {
    byte[] wire = HexFormat.of().parseHex(data.data());
    if (wire.length < 3) {
      throw new ValidationException(
          "short " + GENERIC_TYPE + " (LUA) data",
          data.toString(),
          "the answered type, then the Lua code as character-strings");
    }
    ByteArrayOutputStream code = new ByteArrayOutputStream();
    for (int i = 2; i < wire.length; i += 1 + (wire[i] & 0xff)) {
      code.write(wire, i + 1, Math.min(wire[i] & 0xff, wire.length - i - 1));
    }
    String type = Type.string(((wire[0] & 0xff) << 8) | (wire[1] & 0xff));
    return type + " " + quote(code.toString(StandardCharsets.UTF_8));
  }

  private PowerDnsLua() {}
}
