package denominator.azure;

import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import denominator.ValidationException;
import denominator.azure.AzureJson.A;
import denominator.azure.AzureJson.Aaaa;
import denominator.azure.AzureJson.Caa;
import denominator.azure.AzureJson.Cname;
import denominator.azure.AzureJson.Mx;
import denominator.azure.AzureJson.Ns;
import denominator.azure.AzureJson.Properties;
import denominator.azure.AzureJson.Ptr;
import denominator.azure.AzureJson.RecordSetJson;
import denominator.azure.AzureJson.Soa;
import denominator.azure.AzureJson.Srv;
import denominator.azure.AzureJson.TargetResource;
import denominator.azure.AzureJson.Txt;
import denominator.kit.SoaMailbox;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.AAAAData;
import denominator.model.rdata.AData;
import denominator.model.rdata.CAAData;
import denominator.model.rdata.CNAMEData;
import denominator.model.rdata.MXData;
import denominator.model.rdata.NSData;
import denominator.model.rdata.PTRData;
import denominator.model.rdata.RData;
import denominator.model.rdata.SOAData;
import denominator.model.rdata.SRVData;
import denominator.model.rdata.TXTData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Azure record sets to and from model sets. A set's name is relative to the zone ({@code @} at the
 * apex); domain names are written absolute and read absolute, a dot added where another tool left
 * it out. TXT records are arrays of character-strings, one to one with the model's. A set that is
 * an alias, or has no records, holds one {@link AzureData}. Provider data: {@code metadata} (the
 * set's tags as compact JSON) and {@code targetResource} (an alias's target).
 */
final class AzureRecords {
  /** The record types of api-version 2018-05-01. */
  static final List<String> TYPES =
      List.of("A", "AAAA", "CAA", "CNAME", "MX", "NS", "PTR", "SOA", "SRV", "TXT");

  static final String METADATA = "metadata";
  static final String TARGET = "targetResource";

  /** The JSON property of each type's records, as the API spells it. */
  static final Map<String, String> PROPERTY =
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

  /** The most octets of a DNS character-string. */
  static final int MAX_STRING = 255;

  /** The most records Azure holds in one set. */
  static final int MAX_RECORDS = 20;

  /** The record type of a set as Azure names it: the last segment of its {@code type}. */
  static String type(RecordSetJson json) {
    return json.type().substring(json.type().lastIndexOf('/') + 1);
  }

  /** The model set of an Azure set in the zone of this absolute name. */
  static ResourceRecordSet set(RecordSetJson json, String zone) {
    String type = type(json);
    Properties p = json.properties();
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name(absolute(json.name(), zone)).type(type);
    if (p.ttl() != null) {
      set.ttl(p.ttl().intValue());
    }
    String target = p.targetResource() == null ? null : p.targetResource().id();
    List<RData> records = target != null ? List.of() : records(type, p);
    if (target != null) {
      set.add(AzureData.alias(type, target));
    } else if (records.isEmpty()) {
      set.add(AzureData.empty(type));
    } else {
      set.records(records);
    }
    if (p.metadata() != null && !p.metadata().isEmpty()) {
      set.providerData(METADATA, AzureProvider.GSON.toJson(p.metadata()));
    }
    if (target != null) {
      set.providerData(TARGET, target);
    }
    return set.build();
  }

  private static List<RData> records(String type, Properties p) {
    return switch (type) {
      case "A" -> map(p.a(), r -> new AData(r.ipv4Address()));
      case "AAAA" -> map(p.aaaa(), r -> new AAAAData(r.ipv6Address()));
      case "CNAME" -> p.cname() == null ? List.of() : List.of(new CNAMEData(p.cname().cname()));
      case "MX" -> map(p.mx(), r -> new MXData(r.preference(), r.exchange()));
      case "NS" -> map(p.ns(), r -> new NSData(r.nsdname()));
      case "PTR" -> map(p.ptr(), r -> new PTRData(r.ptrdname()));
      case "SRV" -> map(p.srv(), r -> new SRVData(r.priority(), r.weight(), r.port(), r.target()));
      case "TXT" -> map(p.txt(), r -> new TXTData(pieces(r.value())));
      case "CAA" -> map(p.caa(), r -> new CAAData(r.flags(), r.tag(), r.value()));
      case "SOA" -> p.soa() == null ? List.of() : List.of(soa(p.soa()));
      default -> List.of();
    };
  }

  /**
   * The strings of a TXT record in pieces of at most 255 octets, as the model holds them: Azure
   * keeps longer strings that other clients wrote, and serves one string as several (the SDK's
   * guidance).
   */
  static List<String> pieces(List<String> strings) {
    List<String> pieces = new ArrayList<>();
    for (String string : strings) {
      StringBuilder piece = new StringBuilder();
      int octets = 0;
      for (int c : string.codePoints().toArray()) {
        int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
        if (octets + size > MAX_STRING) {
          pieces.add(piece.toString());
          piece.setLength(0);
          octets = 0;
        }
        piece.appendCodePoint(c);
        octets += size;
      }
      pieces.add(piece.toString());
    }
    return pieces;
  }

  private static SOAData soa(Soa soa) {
    return new SOAData(
        soa.host(),
        SoaMailbox.toRname(soa.email()),
        soa.serialNumber(),
        soa.refreshTime().intValue(),
        soa.retryTime().intValue(),
        soa.expireTime().intValue(),
        soa.minimumTtl().intValue());
  }

  /**
   * The {@code properties} of a write of {@code set}: its TTL, the metadata given, and its records
   * or alias target; nothing for a set that is to stay empty.
   *
   * @throws ValidationException for an alias or empty value beside records, or several CNAMEs
   */
  static Map<String, Object> properties(ResourceRecordSet set, Map<String, String> metadata) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("TTL", set.ttl().orElse(3600));
    properties.put(METADATA, metadata);
    List<RData> records = set.records();
    Optional<AzureData> own =
        records.stream().filter(AzureData.class::isInstance).map(AzureData.class::cast).findAny();
    if (own.isPresent() && records.size() > 1) {
      throw new ValidationException(
          "azure: " + own.get() + " beside other records in " + set.key(),
          records.toString(),
          "either that value alone or records");
    }
    if (own.isPresent()) {
      if (own.get().targetResource() != null) {
        properties.put(TARGET, new TargetResource(own.get().targetResource()));
      }
      return properties;
    }
    String type = set.type();
    if ((type.equals("CNAME") || type.equals("SOA")) && records.size() > 1) {
      throw new ValidationException(
          "azure: several " + type + " records in " + set.key(), records.toString(), "one");
    }
    List<Object> items = records.stream().map(AzureRecords::item).toList();
    boolean single = type.equals("CNAME") || type.equals("SOA");
    properties.put(PROPERTY.get(type), single ? items.get(0) : items);
    return properties;
  }

  private static Object item(RData data) {
    if (data instanceof AData a) {
      return new A(a.address());
    } else if (data instanceof AAAAData aaaa) {
      return new Aaaa(aaaa.address());
    } else if (data instanceof CNAMEData cname) {
      return new Cname(cname.target());
    } else if (data instanceof MXData mx) {
      return new Mx(mx.preference(), mx.exchange());
    } else if (data instanceof NSData ns) {
      return new Ns(ns.nameserver());
    } else if (data instanceof PTRData ptr) {
      return new Ptr(ptr.target());
    } else if (data instanceof SRVData srv) {
      return new Srv(srv.priority(), srv.weight(), srv.port(), srv.target());
    } else if (data instanceof TXTData txt) {
      return new Txt(txt.strings());
    } else if (data instanceof CAAData caa) {
      return new Caa(caa.flags(), caa.tag(), caa.value());
    } else if (data instanceof SOAData soa) {
      String email = soa.rname().substring(0, soa.rname().length() - 1);
      return new Soa(
          soa.mname(),
          email,
          soa.serial(),
          (long) soa.refresh(),
          (long) soa.retry(),
          (long) soa.expire(),
          (long) soa.minimum());
    }
    throw new ValidationException(
        "azure: record of another kind", data.toString(), "one of " + TYPES);
  }

  /** The metadata of provider data {@code metadata={"owner":"ops"}}; empty when none. */
  static Map<String, String> metadata(Map<String, String> providerData) {
    String json = providerData.get(METADATA);
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      Map<String, String> read =
          AzureProvider.GSON.fromJson(json, new TypeToken<Map<String, String>>() {}.getType());
      return read == null ? Map.of() : read;
    } catch (JsonParseException e) {
      throw new ValidationException(
          "azure: provider data metadata",
          json,
          "a JSON object of strings, e.g. {\"owner\":\"ops\"}");
    }
  }

  /** A set's name relative to the zone, as Azure's paths want it: {@code @} for the apex. */
  static String relative(String name, String zone) {
    if (name.equals(zone)) {
      return "@";
    }
    if (!Names.isWithin(name, zone)) {
      throw new ValidationException("azure: name outside the zone " + zone, name, "a name in it");
    }
    return name.substring(0, name.length() - zone.length() - 1);
  }

  /** The absolute name of Azure's relative one. */
  static String absolute(String relative, String zone) {
    return relative.equals("@") ? zone : Names.absolute(relative + "." + zone);
  }

  private static <T> List<RData> map(List<T> items, Function<T, RData> read) {
    return items == null ? List.of() : items.stream().map(read).toList();
  }

  private AzureRecords() {}
}
