package denominator.rfc2136;

import denominator.tck.servers.BindServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Type;
import org.xbill.DNS.Update;
import org.xbill.DNS.ZoneTransferIn;

/**
 * Another writer and reader of a BIND zone: DNS UPDATE and AXFR sent with dnsjava directly, never
 * through the provider, so what a test seeds and checks is what the server holds.
 */
final class BindSeed {
  private final BindServer server;
  private final Name zone;

  BindSeed(BindServer server, String zone) {
    this.server = server;
    this.zone = Name.fromConstantString(zone);
  }

  /**
   * Adds records given in master-file form relative to the zone, e.g. {@code www 60 A 192.0.2.1}.
   */
  void add(String... lines) {
    Update update = new Update(zone);
    for (String line : lines) {
      update.add(record(line));
    }
    send(update);
  }

  /** Deletes every record but the apex SOA and NS and the glue of ns1 that BindServer made. */
  void clear() {
    Update update = new Update(zone);
    Set<String> kept = Set.of(zone + "/SOA", zone + "/NS", "ns1." + zone + "/A");
    transfer().stream()
        .filter(r -> !kept.contains(r.getName() + "/" + Type.string(r.getType())))
        .forEach(r -> update.delete(r.getName(), r.getType()));
    send(update);
  }

  /** The zone by AXFR: every record, the SOA once. */
  List<Record> transfer() {
    try {
      ZoneTransferIn xfr = ZoneTransferIn.newAXFR(zone, server.dnsAddress(), tsig());
      xfr.run();
      List<Record> records = xfr.getAXFR();
      return records.subList(0, records.size() - 1); // the closing SOA
    } catch (Exception e) {
      throw new IllegalStateException("AXFR of " + zone + " failed", e);
    }
  }

  /**
   * The zone's records but its SOA, keyed by owner, type and rdata in canonical wire form, valued
   * by TTL and the record's exact wire bytes (case of names kept).
   */
  Map<String, String> wireState() {
    Map<String, String> state = new TreeMap<>();
    for (Record r : transfer()) {
      if (r.getType() != Type.SOA) {
        state.put(
            r.getName()
                + " "
                + Type.string(r.getType())
                + " "
                + HexFormat.of().formatHex(r.rdataToWireCanonical()),
            r.getTTL() + " " + HexFormat.of().formatHex(r.toWire(Section.ANSWER)));
      }
    }
    return state;
  }

  /** The exact wire bytes, as hex, of the rdata of each record at {@code label} of {@code type}. */
  List<String> rdata(String label, int type) {
    Name name = Name.fromConstantString(label + "." + zone);
    return transfer().stream()
        .filter(r -> r.getName().equals(name) && r.getType() == type)
        .map(
            r -> {
              byte[] wire = r.toWire(Section.ANSWER);
              int rdataStart = wire.length - r.rdataToWireCanonical().length;
              return HexFormat.of().formatHex(wire, rdataStart, wire.length);
            })
        .sorted()
        .toList();
  }

  private Record record(String line) {
    String text = "$ORIGIN " + zone + "\n" + line + "\n";
    try (Master master =
        new Master(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), zone, 3600)) {
      return master.nextRecord();
    } catch (IOException e) {
      throw new UncheckedIOException("bad record: " + line, e);
    }
  }

  private void send(Update update) {
    SimpleResolver resolver = new SimpleResolver(server.dnsAddress());
    resolver.setTCP(true);
    resolver.setTSIGKey(tsig());
    try {
      int rcode = resolver.send(update).getRcode();
      if (rcode != Rcode.NOERROR) {
        throw new IllegalStateException(
            "BIND answered " + Rcode.string(rcode) + " to " + update + "\n" + server.log());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TSIG tsig() {
    return new TSIG(server.keyAlgorithm(), server.keyName(), server.keySecret());
  }
}
