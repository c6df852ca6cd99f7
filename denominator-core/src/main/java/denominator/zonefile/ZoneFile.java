package denominator.zonefile;

import denominator.ValidationException;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.rdata.GenericData;
import denominator.model.rdata.ProviderRData;
import denominator.model.rdata.RData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * BIND master files (RFC 1035 §5) read into record sets and written from them, with dnsjava.
 * Records of one name and type become one set, with the smallest TTL among them. Geo and weighted
 * sets have no master-file form: writing puts them in comments.
 *
 * <p>Reading keeps every record: a type without its own record here is read as {@link
 * denominator.model.rdata.GenericData}, in whatever form dnsjava reads it, and so is a record whose
 * own type's record cannot hold it (another server's export may hold it).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-5">RFC 1035 §5</a>
 */
public final class ZoneFile {
  /**
   * The TTL of records that give none, in a file without {@code $TTL}, when the zone's is unknown.
   */
  public static final int DEFAULT_TTL = 3600;

  /** The record sets of the master file at {@code file}, relative names under {@code zone}. */
  public static List<ResourceRecordSet> read(Path file, String zone, int defaultTtl) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), zone, defaultTtl);
    } catch (IOException e) {
      throw new ValidationException(
          "cannot read zone file (" + e.getMessage() + ")",
          file.toString(),
          "a readable BIND zone file");
    }
  }

  /** The record sets of master-file {@code text}, relative names under {@code zone}. */
  public static List<ResourceRecordSet> parse(String text, String zone, int defaultTtl) {
    return read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "<text>",
        zone,
        defaultTtl);
  }

  private static List<ResourceRecordSet> read(
      InputStream in, String source, String zone, int defaultTtl) {
    String origin = Names.absolute(zone);
    Map<RecordSetKey, ResourceRecordSet.Builder> sets = new LinkedHashMap<>();
    Map<RecordSetKey, Long> ttls = new LinkedHashMap<>();
    try (Master master = new Master(in, Name.fromString(origin), defaultTtl)) {
      for (Record record; (record = master.nextRecord()) != null; ) {
        String name = Names.absolute(record.getName().toString());
        if (!Names.isWithin(name, origin)) {
          throw new ValidationException(
              "record outside zone " + origin + " in " + source, name, "names ending in " + origin);
        }
        String type = Type.string(record.getType());
        RecordSetKey key = RecordSetKey.of(name, type);
        ttls.merge(key, record.getTTL(), Math::min);
        sets.computeIfAbsent(key, k -> ResourceRecordSet.builder().name(name).type(type))
            .add(GenericData.ofWire(type, record.rdataToWireCanonical()));
      }
    } catch (IOException e) {
      throw new ValidationException(
          "bad zone file (" + e.getMessage() + ")", source, "BIND master-file syntax");
    }
    List<ResourceRecordSet> result = new ArrayList<>();
    sets.forEach((key, set) -> result.add(set.ttl(Math.toIntExact(ttls.get(key))).build()));
    return result;
  }

  /**
   * Writes {@code sets} of {@code zone} as a master file: {@code $ORIGIN}, {@code $TTL}, then one
   * line per record. What has no master-file form is written whole as comments that say why: geo,
   * weighted and provider-routed sets, record data only one provider understands (a Route53 alias),
   * and provider data ({@code ; provider data: healthCheckId=...}) before the set it belongs to.
   * Nothing makes the file stop half-way.
   */
  public static void write(Zone zone, Iterable<ResourceRecordSet> sets, Appendable out) {
    try {
      out.append("; zone ")
          .append(zone.name())
          .append(" (id ")
          .append(zone.id())
          .append(") exported by denominator\n")
          .append("$ORIGIN ")
          .append(zone.name())
          .append('\n');
      if (zone.ttl().isPresent()) {
        out.append("$TTL ").append(Integer.toString(zone.ttl().getAsInt())).append('\n');
      }
      for (ResourceRecordSet set : sets) {
        Optional<String> why = noZoneFileForm(set);
        if (why.isPresent()) {
          out.append("; ").append(why.get()).append(" (no zone-file form)\n");
        }
        if (!set.providerData().isEmpty()) {
          out.append("; provider data:");
          for (var field : set.providerData().entrySet()) {
            out.append(' ').append(field.getKey()).append('=').append(field.getValue());
          }
          out.append('\n');
        }
        String prefix = why.isPresent() ? "; " : "";
        for (RData data : set.records()) {
          out.append(prefix).append(line(set, ttl(zone, set), data)).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OptionalInt ttl(Zone zone, ResourceRecordSet set) {
    return set.ttl().isPresent() ? set.ttl() : zone.ttl();
  }

  private static Optional<String> noZoneFileForm(ResourceRecordSet set) {
    if (set.geo().isPresent()) {
      return Optional.of(
          "geo set " + set.qualifier().orElseThrow() + " regions " + set.geo().get());
    }
    if (set.weighted().isPresent()) {
      return Optional.of(
          "weighted set "
              + set.qualifier().orElseThrow()
              + " weight "
              + set.weighted().get().weight());
    }
    if (set.qualifier().isPresent()) {
      return Optional.of(
          "provider-routed set "
              + set.qualifier().get()
              + " "
              + set.providerData().get(ResourceRecordSet.ROUTING));
    }
    return set.records().stream()
        .filter(ProviderRData.class::isInstance)
        .findFirst()
        .map(r -> ((ProviderRData) r).provider() + " record data");
  }

  /** One master-file line: owner, TTL (left out when unknown), class, type and data. */
  private static String line(ResourceRecordSet set, OptionalInt ttl, RData data) {
    return set.name()
        + "\t"
        + (ttl.isPresent() ? Integer.toString(ttl.getAsInt()) : "")
        + "\tIN\t"
        + set.type()
        + "\t"
        + data;
  }

  private ZoneFile() {}
}
