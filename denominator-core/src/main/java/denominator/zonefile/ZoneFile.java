package denominator.zonefile;

import denominator.ValidationException;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
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
import org.xbill.DNS.DClass;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * BIND master files (RFC 1035 §5) read into record sets and written from them, with dnsjava.
 * Records of one name and type become one set, with the smallest TTL among them. Geo and
 * weighted sets have no master-file form: writing puts them in comments.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-5">RFC 1035 §5</a>
 */
public final class ZoneFile {

  /** The record sets of the master file at {@code file}, relative names under {@code zone}. */
  public static List<ResourceRecordSet> read(Path file, String zone, int defaultTtl) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), zone, defaultTtl);
    } catch (IOException e) {
      throw new ValidationException("cannot read zone file (" + e.getMessage() + ")",
          file.toString(), "a readable BIND zone file");
    }
  }

  /** The record sets of master-file {@code text}, relative names under {@code zone}. */
  public static List<ResourceRecordSet> parse(String text, String zone, int defaultTtl) {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "<text>", zone,
        defaultTtl);
  }

  private static List<ResourceRecordSet> read(InputStream in, String source, String zone,
      int defaultTtl) {
    String origin = Names.absolute(zone);
    Map<RecordSetKey, ResourceRecordSet.Builder> sets = new LinkedHashMap<>();
    Map<RecordSetKey, Long> ttls = new LinkedHashMap<>();
    try (Master master = new Master(in, Name.fromString(origin), defaultTtl)) {
      for (Record record; (record = master.nextRecord()) != null; ) {
        String name = Names.absolute(record.getName().toString());
        if (!Names.isWithin(name, origin)) {
          throw new ValidationException("record outside zone " + origin + " in " + source, name,
              "names ending in " + origin);
        }
        String type = Type.string(record.getType());
        RecordSetKey key = RecordSetKey.of(name, type);
        ttls.merge(key, record.getTTL(), Math::min);
        sets.computeIfAbsent(key, k -> ResourceRecordSet.builder().name(name).type(type))
            .add(RData.parse(type, record.rdataToString()));
      }
    } catch (IOException e) {
      throw new ValidationException("bad zone file (" + e.getMessage() + ")", source,
          "BIND master-file syntax");
    }
    List<ResourceRecordSet> result = new ArrayList<>();
    sets.forEach((key, set) -> result.add(set.ttl(Math.toIntExact(ttls.get(key))).build()));
    return result;
  }

  /**
   * Writes {@code sets} of {@code zone} as a master file: {@code $ORIGIN}, {@code $TTL}, then
   * one line per record; geo and weighted sets as comments that say why.
   */
  public static void write(Zone zone, Iterable<ResourceRecordSet> sets, Appendable out) {
    try {
      out.append("; zone ").append(zone.name()).append(" (id ").append(zone.id())
          .append(") exported by denominator\n")
          .append("$ORIGIN ").append(zone.name()).append('\n')
          .append("$TTL ").append(Integer.toString(zone.ttl())).append('\n');
      for (ResourceRecordSet set : sets) {
        String prefix = "";
        if (set.qualifier().isPresent()) {
          out.append("; ").append(set.geo().isPresent() ? "geo" : "weighted").append(" set ")
              .append(set.qualifier().get())
              .append(set.geo().map(g -> " regions " + g).orElse(""))
              .append(set.weighted().map(w -> " weight " + w.weight()).orElse(""))
              .append(" (no zone-file form)\n");
          prefix = "; ";
        }
        for (RData data : set.records()) {
          out.append(prefix).append(line(set, set.ttl().orElse(zone.ttl()), data)).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(ResourceRecordSet set, int ttl, RData data) {
    try {
      return Record.fromString(Name.fromString(set.name()), Type.value(set.type()), DClass.IN,
          ttl, data.toString(), Name.root).toString();
    } catch (TextParseException e) {
      throw new ValidationException("no zone-file form for " + set.key(), data.toString(),
          "record data that dnsjava can print");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ZoneFile() {}
}
