package denominator.cli;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.model.Ttl;
import denominator.model.Weighted;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.model.geo.Regions;
import denominator.model.rdata.RData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interprets the {@code input} of an API case of {@code bad-inputs.tsv}: an operation and its
 * words. {@code set}, {@code put} and {@code apply} take {@code key=value} words (name, type,
 * qualifier, ttl, data (repeatable), geo, weight); {@code apply} separates sets with {@code ;}.
 */
final class ApiCall {
  private ApiCall() {}

  static Object run(DNSApi api, String zoneId, String url, List<String> words) {
    List<String> args = words.subList(1, words.size());
    return switch (words.get(0)) {
      case "name" -> Names.absolute(args.get(0));
      case "type" -> RecordTypes.normalize(args.get(0));
      case "ttl" -> Ttl.parse(args.get(0));
      case "ttl-check" -> Ttl.check(Long.parseLong(args.get(0)));
      case "rdata" -> RData.parse(args.get(0), args.get(1));
      case "region" -> Regions.require(args.get(0));
      case "geo" -> Geo.parse(args.get(0));
      case "weight" -> new Weighted(Integer.parseInt(args.get(0)));
      case "zone" -> Zone.create(args.get(0), args.get(1), Integer.parseInt(args.get(2)));
      case "zone-put" -> api.zones().put(Zone.create(args.get(0), args.get(1), 300));
      case "set" -> set(args).build();
      case "put" -> put(api, zoneId, args);
      case "apply" -> apply(api, zoneId, args);
      case "list" -> api.recordSets(args.get(0)).iterator().hasNext();
      case "zone-delete" -> {
        api.zones().delete(args.get(0));
        yield null;
      }
      case "connect" -> connect(url, args);
      default -> throw new IllegalArgumentException("unknown operation in corpus: " + words);
    };
  }

  private static Object put(DNSApi api, String zoneId, List<String> args) {
    ResourceRecordSet set = set(args.subList(1, args.size())).build();
    switch (args.get(0)) {
      case "plain" -> api.recordSets(zoneId).put(set);
      case "geo" -> api.geoRecordSets(zoneId).orElseThrow().put(set);
      case "weighted" -> api.weightedRecordSets(zoneId).orElseThrow().put(set);
      default -> throw new IllegalArgumentException("unknown profile in corpus: " + args);
    }
    return null;
  }

  private static Object apply(DNSApi api, String zoneId, List<String> args) {
    ChangeSet.Builder changes = ChangeSet.builder();
    int start = 0;
    for (int i = 0; i <= args.size(); i++) {
      if (i == args.size() || args.get(i).equals(";")) {
        changes.put(set(args.subList(start, i)).build());
        start = i + 1;
      }
    }
    return api.apply(zoneId, changes.build(), ApplyMode.ATOMIC);
  }

  private static ResourceRecordSet.Builder set(List<String> args) {
    ResourceRecordSet.Builder set = ResourceRecordSet.builder();
    String type = null;
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String key = arg.substring(0, eq);
      String value = arg.substring(eq + 1);
      switch (key) {
        case "name" -> set.name(value);
        case "type" -> set.type(type = value);
        case "qualifier" -> set.qualifier(value);
        case "ttl" -> set.ttl(Integer.parseInt(value));
        case "data" -> set.add(RData.parse(type, value));
        case "geo" -> set.geo(Geo.parse(value));
        case "weight" -> set.weighted(new Weighted(Integer.parseInt(value)));
        default -> throw new IllegalArgumentException("unknown key in corpus: " + arg);
      }
    }
    return set;
  }

  /** {@code connect provider=P [url=U] [KEY=VALUE...]}: opens a manager, then lists zones. */
  private static Object connect(String simulatorUrl, List<String> args) {
    Map<String, String> credentials = new LinkedHashMap<>();
    Denominator.Builder builder = Denominator.builder();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String key = arg.substring(0, eq);
      String value = arg.substring(eq + 1).replace("$URL", simulatorUrl);
      switch (key) {
        case "provider" -> builder.provider(value);
        case "url" -> builder.url(value);
        default -> credentials.put(key, value);
      }
    }
    try (DNSApiManager opened = builder.credentials(Credentials.of(credentials)).build()) {
      return opened.api().zones().iterator().hasNext();
    }
  }
}
