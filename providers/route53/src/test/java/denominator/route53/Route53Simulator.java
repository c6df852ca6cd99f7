package denominator.route53;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A stateful fake of the Route53 REST/XML API 2013-04-01, as a MockWebServer dispatcher.
 *
 * <p>It keeps hosted zones (each created with an SOA and NS set) and their record sets; lists them
 * with Route53's paging ({@code maxitems} at most 300, {@code NextRecordName}, {@code
 * NextRecordType}, {@code NextRecordIdentifier}) and sort order (names with labels reversed, then
 * type, then SetIdentifier); validates each {@code ChangeResourceRecordSets} batch as Route53 does,
 * in order, rejecting the whole batch with every message on any error; answers {@code GetChange}
 * PENDING until {@link #insyncAfter} has passed; checks the access key id in the SigV4 {@code
 * Authorization} header; counts requests per operation; and injects faults: throttling every k-th
 * request, 5xx every k-th, a dropped connection after applying a chosen change batch, random
 * throttling from a seeded {@link Random}, and latency.
 *
 * <p>Thread-safe: requests are handled one at a time.
 */
public final class Route53Simulator extends Dispatcher {
  private static final String NS = "https://route53.amazonaws.com/doc/2013-04-01/";
  private static final String PREFIX = "/2013-04-01/";
  private static final int MAX_RECORDS = 1000;
  private static final int MAX_VALUE_CHARS = 32_000;

  private final String accessKey;
  private final Random random;
  private final Map<String, HostedZone> zones = new TreeMap<>();
  private final Map<String, Instant> changes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private int total;
  private int batchesApplied;
  private int zoneCounter;
  private int changeCounter;
  private Duration insyncAfter = Duration.ZERO;
  private Clock clock = Clock.systemUTC();
  private int throttleEvery;
  private String throttleCode = "Throttling";
  private int failEvery;
  private int dropAfterBatch;
  private boolean dropNextCreate;
  private double throttleProbability;
  private Duration latency = Duration.ZERO;
  private double ratePerSecond; // 0: no rate limit
  private double burst;
  private double tokens;
  private Instant refilled;
  private int throttled;

  /** A simulator that accepts requests signed with this access key id, faults from this seed. */
  public Route53Simulator(String accessKey, long seed) {
    this.accessKey = accessKey;
    this.random = new Random(seed);
  }

  /** A simulator accepting the access key id {@code AKID}. */
  public Route53Simulator() {
    this("AKID", 1);
  }

  /** Times changes on this clock (a test's fake clock) instead of the wall clock. */
  public synchronized Route53Simulator clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** GetChange answers PENDING until this long after the change, on the simulator's clock. */
  public synchronized Route53Simulator insyncAfter(Duration delay) {
    this.insyncAfter = delay;
    return this;
  }

  /** Answers every k-th request (counting all) with {@code Throttling}; 0 turns it off. */
  public synchronized Route53Simulator throttleEvery(int k) {
    this.throttleEvery = k;
    return this;
  }

  /** The code throttled requests get: {@code Throttling} or {@code PriorRequestNotComplete}. */
  public synchronized Route53Simulator throttleWith(String code) {
    this.throttleCode = code;
    return this;
  }

  /** Answers every k-th request with a 503 {@code ServiceUnavailable}; 0 turns it off. */
  public synchronized Route53Simulator failEvery(int k) {
    this.failEvery = k;
    return this;
  }

  /**
   * Applies the k-th change batch from now (1 is the next), then drops the connection before
   * answering, as when a response is lost.
   */
  public synchronized Route53Simulator dropConnectionAfterBatch(int k) {
    this.dropAfterBatch = batchesApplied + k;
    return this;
  }

  /** Creates the next hosted zone, then drops the connection before answering. */
  public synchronized Route53Simulator dropConnectionAfterNextZoneCreation() {
    this.dropNextCreate = true;
    return this;
  }

  /**
   * Enforces Route53's per-account rate limit as Route53 does, by token bucket on the simulator's
   * clock: {@code burst} requests at once, refilled at {@code perSecond}; a request that finds the
   * bucket empty gets {@code 400 Throttling: Rate exceeded}.
   */
  public synchronized Route53Simulator limitRate(double perSecond, int burst) {
    this.ratePerSecond = perSecond;
    this.burst = burst;
    this.tokens = burst;
    this.refilled = clock.instant();
    return this;
  }

  /** How many requests the rate limit of {@link #limitRate} refused. */
  public synchronized int throttledByRate() {
    return throttled;
  }

  private boolean overRate() {
    if (ratePerSecond <= 0) {
      return false;
    }
    Instant now = clock.instant();
    double elapsed = Duration.between(refilled, now).toNanos() / 1e9;
    tokens = Math.min(burst, tokens + Math.max(0, elapsed) * ratePerSecond);
    refilled = now;
    if (tokens >= 1) {
      tokens--;
      return false;
    }
    throttled++;
    return true;
  }

  /** Throttles each request with this probability, drawn from the seeded random. */
  public synchronized Route53Simulator throttleRandomly(double probability) {
    this.throttleProbability = probability;
    return this;
  }

  /** Delays each response by this, plus up to as much again drawn from the seeded random. */
  public synchronized Route53Simulator latency(Duration latency) {
    this.latency = latency;
    return this;
  }

  /** Requests received for this operation, e.g. {@code ChangeResourceRecordSets}. */
  public int requests(String operation) {
    AtomicInteger count = requests.get(operation);
    return count == null ? 0 : count.get();
  }

  /** Requests received in all, faulted ones included. */
  public synchronized int requests() {
    return total;
  }

  /** Requests per operation. */
  public Map<String, Integer> requestCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    requests.forEach((op, n) -> counts.put(op, n.get()));
    return counts;
  }

  public synchronized void resetCounts() {
    requests.clear();
    total = 0;
  }

  /** Change batches that were applied (a batch applied twice counts twice). */
  public synchronized int batchesApplied() {
    return batchesApplied;
  }

  /** The record sets of a zone, as Route53 lists them: {@code name type [id] ttl values}. */
  public synchronized List<String> dump(String zoneId) {
    HostedZone zone = zones.get(zoneId);
    return zone == null ? List.of() : zone.sets.values().stream().map(RRSet::toString).toList();
  }

  /**
   * Every record set of a zone but the SOA, each with every field the simulator keeps, as the XML
   * Route53 lists it; keyed by name, type and SetIdentifier.
   */
  public synchronized Map<String, String> state(String zoneId) {
    Map<String, String> state = new TreeMap<>();
    zone(zoneId).sets.values().stream()
        .filter(s -> !s.type.equals("SOA"))
        .forEach(
            s ->
                state.put(
                    s.name + " " + s.type + (s.setIdentifier == null ? "" : " " + s.setIdentifier),
                    s.xml()));
    return state;
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    total++;
    String operation = operation(request);
    requests.computeIfAbsent(operation, op -> new AtomicInteger()).incrementAndGet();
    MockResponse.Builder response = new MockResponse.Builder();
    if (!latency.isZero()) {
      long nanos = latency.toNanos();
      response.headersDelay(nanos + (long) (random.nextDouble() * nanos), TimeUnit.NANOSECONDS);
    }
    String auth = request.getHeaders().get("Authorization");
    if (auth == null || !auth.contains("Credential=" + accessKey + "/")) {
      return error(
          response,
          403,
          "InvalidClientTokenId",
          "The security token included in the request is invalid.");
    }
    if (overRate()) {
      return error(response, 400, "Throttling", "Rate exceeded");
    }
    if ((throttleEvery > 0 && total % throttleEvery == 0)
        || (throttleProbability > 0 && random.nextDouble() < throttleProbability)) {
      return error(
          response,
          400,
          throttleCode,
          throttleCode.equals("Throttling")
              ? "Rate exceeded"
              : "The request was rejected because Route 53 was still processing a"
                  + " prior request.");
    }
    if (failEvery > 0 && total % failEvery == 0) {
      return error(response, 503, "ServiceUnavailable", "Service unavailable, try again");
    }
    try {
      return handle(operation, request, response);
    } catch (Failure f) {
      return f.response(response);
    } catch (RuntimeException e) {
      return error(response, 400, "InvalidInput", "Invalid request: " + e.getMessage());
    }
  }

  private static String operation(RecordedRequest request) {
    String path = request.getUrl().encodedPath().substring(PREFIX.length() - 1);
    String method = request.getMethod();
    if (path.startsWith("/change/")) {
      return "GetChange";
    }
    if (path.startsWith("/hostedzonesbyname")) {
      return "ListHostedZonesByName";
    }
    if (path.contains("/rrset")) {
      return method.equals("POST") ? "ChangeResourceRecordSets" : "ListResourceRecordSets";
    }
    if (path.equals("/hostedzone")) {
      return method.equals("POST") ? "CreateHostedZone" : "ListHostedZones";
    }
    return method.equals("DELETE") ? "DeleteHostedZone" : "GetHostedZone";
  }

  private MockResponse handle(
      String operation, RecordedRequest request, MockResponse.Builder response) {
    HttpUrl url = request.getUrl();
    List<String> segments = url.pathSegments(); // 2013-04-01, hostedzone, {id}, rrset, ""
    return switch (operation) {
      case "CreateHostedZone" -> createZone(parse(request), response);
      case "ListHostedZones" -> ok(response, listZones(url));
      case "ListHostedZonesByName" -> ok(response, listZonesByName(url));
      case "GetHostedZone" ->
          ok(
              response,
              "<GetHostedZoneResponse xmlns=\""
                  + NS
                  + "\">"
                  + zone(segments.get(2)).xml()
                  + delegationSet()
                  + "</GetHostedZoneResponse>");
      case "DeleteHostedZone" -> ok(response, deleteZone(segments.get(2)));
      case "ListResourceRecordSets" -> ok(response, listSets(zone(segments.get(2)), url));
      case "ChangeResourceRecordSets" ->
          changeSets(zone(segments.get(2)), parse(request), response);
      case "GetChange" -> ok(response, getChange(segments.get(2)));
      default -> throw new IllegalStateException(operation);
    };
  }

  // ---- zones

  /**
   * Creates a hosted zone as CreateHostedZone does (with its SOA and NS sets) holding {@code sets},
   * each a {@code <ResourceRecordSet>} element as ChangeResourceRecordSets takes it, without a
   * request and without counting one: for benchmarks that need thousands of zones. Returns the
   * zone's id.
   */
  public synchronized String seedZone(String name, List<String> sets) {
    HostedZone zone = newZone(absolute(name), "seed-" + (zoneCounter + 1));
    for (String set : sets) {
      zone.add(RRSet.parse(parse(set.getBytes(StandardCharsets.UTF_8)).getDocumentElement()));
    }
    return zone.id;
  }

  private MockResponse createZone(Document body, MockResponse.Builder response) {
    String name = absolute(text(body.getDocumentElement(), "Name"));
    String reference = text(body.getDocumentElement(), "CallerReference");
    if (zones.values().stream().anyMatch(z -> z.callerReference.equals(reference))) {
      throw new Failure(409, "HostedZoneAlreadyExists", "caller reference " + reference);
    }
    HostedZone zone = newZone(name, reference);
    if (dropNextCreate) {
      dropNextCreate = false;
      return response.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    }
    return response
        .code(201)
        .setHeader("Location", "https://route53.amazonaws.com" + PREFIX + "hostedzone/" + zone.id)
        .setHeader("Content-Type", "text/xml")
        .body(
            "<?xml version=\"1.0\"?><CreateHostedZoneResponse xmlns=\""
                + NS
                + "\">"
                + zone.xml()
                + changeInfo(newChange())
                + delegationSet()
                + "</CreateHostedZoneResponse>")
        .build();
  }

  private HostedZone newZone(String name, String reference) {
    HostedZone zone = new HostedZone(String.format("Z%013d", ++zoneCounter), name, reference);
    zones.put(zone.id, zone);
    zone.add(
        new RRSet(
            name,
            "SOA",
            null,
            null,
            null,
            null,
            null,
            900L,
            List.of("ns-1.awsdns-01.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400"),
            null,
            null,
            null,
            Routing.NONE));
    zone.add(
        new RRSet(
            name,
            "NS",
            null,
            null,
            null,
            null,
            null,
            172800L,
            List.of("ns-1.awsdns-01.com.", "ns-2.awsdns-02.net."),
            null,
            null,
            null,
            Routing.NONE));
    return zone;
  }

  private String listZones(HttpUrl url) {
    int max = maxItems(url, 100);
    String marker = url.queryParameter("marker");
    List<HostedZone> all =
        zones.values().stream().filter(z -> marker == null || z.id.compareTo(marker) >= 0).toList();
    StringBuilder xml =
        new StringBuilder("<ListHostedZonesResponse xmlns=\"" + NS + "\"><HostedZones>");
    all.stream().limit(max).forEach(z -> xml.append(z.xml()));
    xml.append("</HostedZones>").append(element("Marker", marker == null ? "" : marker));
    xml.append(element("IsTruncated", Boolean.toString(all.size() > max)));
    if (all.size() > max) {
      xml.append(element("NextMarker", all.get(max).id));
    }
    return xml.append(element("MaxItems", Integer.toString(max)))
        .append("</ListHostedZonesResponse>")
        .toString();
  }

  private String listZonesByName(HttpUrl url) {
    int max = maxItems(url, 100);
    String dnsName = url.queryParameter("dnsname");
    String zoneId = url.queryParameter("hostedzoneid");
    Comparator<HostedZone> order =
        Comparator.comparing((HostedZone z) -> reversed(z.name)).thenComparing(z -> z.id);
    List<HostedZone> all =
        zones.values().stream()
            .sorted(order)
            .filter(
                z ->
                    dnsName == null
                        || reversed(z.name).compareTo(reversed(absolute(dnsName))) > 0
                        || (reversed(z.name).equals(reversed(absolute(dnsName)))
                            && (zoneId == null || z.id.compareTo(zoneId) >= 0)))
            .toList();
    StringBuilder xml =
        new StringBuilder("<ListHostedZonesByNameResponse xmlns=\"" + NS + "\"><HostedZones>");
    all.stream().limit(max).forEach(z -> xml.append(z.xml()));
    xml.append("</HostedZones>");
    if (dnsName != null) {
      xml.append(element("DNSName", dnsName));
    }
    if (zoneId != null) {
      xml.append(element("HostedZoneId", zoneId));
    }
    xml.append(element("IsTruncated", Boolean.toString(all.size() > max)));
    if (all.size() > max) {
      xml.append(element("NextDNSName", all.get(max).name))
          .append(element("NextHostedZoneId", all.get(max).id));
    }
    return xml.append(element("MaxItems", Integer.toString(max)))
        .append("</ListHostedZonesByNameResponse>")
        .toString();
  }

  private String deleteZone(String id) {
    HostedZone zone = zone(id);
    if (zone.sets.values().stream()
        .anyMatch(
            s -> !s.name.equals(zone.name) || !(s.type.equals("SOA") || s.type.equals("NS")))) {
      throw new Failure(
          400,
          "HostedZoneNotEmpty",
          "The specified hosted zone contains non-required resource record sets and so cannot"
              + " be deleted.");
    }
    zones.remove(id);
    return "<DeleteHostedZoneResponse xmlns=\""
        + NS
        + "\">"
        + changeInfo(newChange())
        + "</DeleteHostedZoneResponse>";
  }

  private HostedZone zone(String id) {
    if (id.length() > 32) { // Route53 checks the id's form before looking it up
      throw new Failure(
          400,
          "InvalidInput",
          "1 validation error detected: Value '"
              + id
              + "' at 'id' failed to satisfy constraint: Member must have length less than or"
              + " equal to 32");
    }
    HostedZone zone = zones.get(id);
    if (zone == null) {
      throw new Failure(404, "NoSuchHostedZone", "No hosted zone found with ID: " + id);
    }
    return zone;
  }

  // ---- record sets

  private String listSets(HostedZone zone, HttpUrl url) {
    int max = maxItems(url, 300);
    String name = url.queryParameter("name");
    String type = url.queryParameter("type");
    String identifier = url.queryParameter("identifier");
    if (name == null && type != null) {
      throw new Failure(400, "InvalidInput", "Type cannot be specified without name");
    }
    SetKey start =
        name == null
            ? null
            : new SetKey(
                reversed(absolute(name)),
                type == null ? "" : type,
                identifier == null ? "" : identifier);
    Map<SetKey, RRSet> tail = start == null ? zone.sets : zone.sets.tailMap(start, true);
    StringBuilder xml =
        new StringBuilder(
            "<ListResourceRecordSetsResponse xmlns=\"" + NS + "\"><ResourceRecordSets>");
    RRSet next = null;
    int count = 0;
    for (RRSet set : tail.values()) {
      if (count++ == max) {
        next = set;
        break;
      }
      xml.append(set.xml());
    }
    xml.append("</ResourceRecordSets>")
        .append(element("IsTruncated", Boolean.toString(next != null)));
    if (next != null) {
      xml.append(element("NextRecordName", escapeName(next.name)))
          .append(element("NextRecordType", next.type));
      if (next.setIdentifier != null) {
        xml.append(element("NextRecordIdentifier", next.setIdentifier));
      }
    }
    return xml.append(element("MaxItems", Integer.toString(max)))
        .append("</ListResourceRecordSetsResponse>")
        .toString();
  }

  private MockResponse changeSets(HostedZone zone, Document body, MockResponse.Builder response) {
    NodeList changeNodes = body.getElementsByTagName("Change");
    List<String> messages = new ArrayList<>();
    long records = 0;
    long chars = 0;
    TreeMap<SetKey, RRSet> copy = new TreeMap<>(zone.sets);
    for (int i = 0; i < changeNodes.getLength(); i++) {
      Element change = (Element) changeNodes.item(i);
      String action = text(change, "Action");
      RRSet set = RRSet.parse((Element) change.getElementsByTagName("ResourceRecordSet").item(0));
      int times = action.equals("UPSERT") ? 2 : 1;
      records += (long) times * Math.max(1, set.values.size());
      chars += (long) times * set.values.stream().mapToInt(String::length).sum();
      String problem = validate(zone, copy, action, set);
      if (problem != null) {
        messages.add(problem);
      } else if (action.equals("DELETE")) {
        copy.remove(set.key());
      } else {
        copy.put(set.key(), set);
      }
    }
    if (records > MAX_RECORDS) {
      messages.add(0, "Number of records limit of " + MAX_RECORDS + " exceeded.");
    }
    if (chars > MAX_VALUE_CHARS) {
      messages.add(0, "Number of characters limit of " + MAX_VALUE_CHARS + " exceeded.");
    }
    if (!messages.isEmpty()) { // today's wire form; the SDK model's <InvalidChangeBatch> is legacy
      return error(response, 400, "InvalidChangeBatch", messages.toString());
    }
    zone.sets.clear();
    zone.sets.putAll(copy);
    batchesApplied++;
    if (batchesApplied == dropAfterBatch) {
      return response.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    }
    return ok(
        response,
        "<ChangeResourceRecordSetsResponse xmlns=\""
            + NS
            + "\">"
            + changeInfo(newChange())
            + "</ChangeResourceRecordSetsResponse>");
  }

  /** Route53's checks of one change against the batch's state so far; null if it passes. */
  private static String validate(
      HostedZone zone, Map<SetKey, RRSet> sets, String action, RRSet set) {
    String described =
        "[name='"
            + set.name
            + "', type='"
            + set.type
            + "'"
            + (set.setIdentifier == null ? "" : ", set-identifier='" + set.setIdentifier + "'")
            + "]";
    String dnsName = "RRSet with DNS name " + set.name + ", type " + set.type;
    if (!set.name.equals(zone.name) && !set.name.endsWith("." + zone.name)) {
      return dnsName + " is not permitted in zone " + zone.name;
    }
    RRSet existing = sets.get(set.key());
    switch (action) {
      case "DELETE" -> {
        if (existing == null) {
          return "Tried to delete resource record set " + described + " but it was not found";
        }
        return existing.equals(set)
            ? null
            : "Tried to delete resource record set "
                + described
                + " but the values provided do not match the current values";
      }
      case "CREATE" -> {
        if (existing != null) {
          return "Tried to create resource record set " + described + " but it already exists";
        }
      }
      case "UPSERT" -> {}
      default -> {
        return "Invalid action " + action;
      }
    }
    if (set.aliasZone == null && (set.values.isEmpty() || set.ttl == null)) {
      return dnsName + ": a resource record set needs a TTL and at least one value";
    }
    if (set.weight != null && (set.weight < 0 || set.weight > 255)) {
      return dnsName + ": weight " + set.weight + " is outside 0..255";
    }
    for (String value : set.values) {
      if (set.type.equals("A") && !value.matches("(\\d{1,3}\\.){3}\\d{1,3}")) {
        return "Invalid Resource Record: FATAL problem: ARRDATAIllegalIPv4Address (Value is not a"
            + " valid IPv4 address) encountered with '"
            + value
            + "'";
      }
      if ((set.type.equals("TXT") || set.type.equals("SPF")) && !quotedStringsFit(value)) {
        return "Invalid Resource Record: FATAL problem: TXTRDATATooLong (Value is too long)"
            + " encountered with '"
            + value
            + "'";
      }
    }
    for (RRSet other : sets.values()) {
      if (!other.name.equals(set.name) || other.key().equals(set.key())) {
        continue;
      }
      if (set.type.equals("CNAME") && !other.type.equals("CNAME")) {
        return "RRSet of type CNAME with DNS name "
            + set.name
            + " is not permitted as it conflicts"
            + " with other records with the same DNS name in zone "
            + zone.name;
      }
      if (!set.type.equals("CNAME") && other.type.equals("CNAME")) {
        return "RRSet of type "
            + set.type
            + " with DNS name "
            + set.name
            + " is not permitted"
            + " because a conflicting RRSet of type CNAME with the same DNS name already exists"
            + " in zone "
            + zone.name;
      }
      if (!other.type.equals(set.type)) {
        continue;
      }
      if (!Objects.equals(other.policy(), set.policy())) {
        return dnsName
            + " cannot be created because a "
            + other.policy()
            + " set exists with"
            + " the same name and type";
      }
      if (set.policy().equals("geolocation") && other.location().equals(set.location())) {
        return dnsName
            + ", SetIdentifier "
            + set.setIdentifier
            + " cannot be created because"
            + " SetIdentifier "
            + other.setIdentifier
            + " has the same location "
            + set.location();
      }
    }
    return null;
  }

  private static boolean quotedStringsFit(String value) {
    int length = 0;
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        length = 0;
      } else if (c == '\\' && i + 1 < value.length()) {
        i += value.substring(i + 1).matches("^[0-7]{3}.*") ? 3 : 1;
        length++;
      } else if (quoted || c != ' ') {
        length++;
      }
      if (length > 255) {
        return false;
      }
    }
    return true;
  }

  private String getChange(String id) {
    Instant submitted = changes.get(id);
    if (submitted == null) {
      throw new Failure(
          404, "NoSuchChange", "A change with the specified change ID does not" + " exist: " + id);
    }
    return "<GetChangeResponse xmlns=\""
        + NS
        + "\">"
        + changeInfo(id, true)
        + "</GetChangeResponse>";
  }

  private String newChange() {
    String id = String.format("C%013d", ++changeCounter);
    changes.put(id, clock.instant());
    return id;
  }

  private String changeInfo(String id) {
    return changeInfo(id, false);
  }

  // A change is PENDING when made; GetChange reports INSYNC once the delay has passed.
  private String changeInfo(String id, boolean polled) {
    Instant submitted = changes.get(id);
    boolean insync = polled && !clock.instant().isBefore(submitted.plus(insyncAfter));
    return "<ChangeInfo>"
        + element("Id", "/change/" + id)
        + element("Status", insync ? "INSYNC" : "PENDING")
        + element("SubmittedAt", submitted.toString())
        + "</ChangeInfo>";
  }

  private static String delegationSet() {
    return "<DelegationSet><NameServers>"
        + element("NameServer", "ns-1.awsdns-01.com")
        + element("NameServer", "ns-2.awsdns-02.net")
        + "</NameServers></DelegationSet>";
  }

  // ---- XML

  private static MockResponse ok(MockResponse.Builder response, String xml) {
    return response
        .code(200)
        .setHeader("Content-Type", "text/xml")
        .body("<?xml version=\"1.0\"?>" + xml)
        .build();
  }

  private static MockResponse error(
      MockResponse.Builder response, int code, String errorCode, String message) {
    return response
        .code(code)
        .setHeader("Content-Type", "text/xml")
        .body(
            "<?xml version=\"1.0\"?><ErrorResponse xmlns=\""
                + NS
                + "\"><Error><Type>Sender"
                + "</Type>"
                + element("Code", errorCode)
                + element("Message", message)
                + "</Error>"
                + "<RequestId>"
                + requestId()
                + "</RequestId></ErrorResponse>")
        .build();
  }

  private static String requestId() {
    return java.util.UUID.randomUUID().toString();
  }

  private static Document parse(RecordedRequest request) {
    return parse(request.getBody().toByteArray());
  }

  private static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new Failure(400, "InvalidInput", "malformed XML: " + e.getMessage());
    }
  }

  static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }

  static String element(String tag, String text) {
    return "<"
        + tag
        + ">"
        + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        + "</"
        + tag
        + ">";
  }

  private static int maxItems(HttpUrl url, int max) {
    String given = url.queryParameter("maxitems");
    return given == null ? max : Math.min(max, Integer.parseInt(given));
  }

  /** Lower-case, absolute, with Route53's octal escapes undone. */
  static String absolute(String name) {
    String unescaped = name.replace("\\052", "*");
    String lower = unescaped.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower : lower + ".";
  }

  /** Route53's sort key for names: labels reversed, e.g. {@code com.example.www.}. */
  static String reversed(String name) {
    String[] labels = name.substring(0, name.length() - 1).split("\\.");
    StringBuilder out = new StringBuilder();
    for (int i = labels.length - 1; i >= 0; i--) {
      out.append(labels[i]).append('.');
    }
    return out.toString();
  }

  static String escapeName(String name) {
    return name.replace("*", "\\052");
  }

  private record SetKey(String reversedName, String type, String identifier)
      implements Comparable<SetKey> {
    private static final Comparator<SetKey> ORDER =
        Comparator.comparing(SetKey::reversedName)
            .thenComparing(SetKey::type)
            .thenComparing(SetKey::identifier);

    @Override
    public int compareTo(SetKey other) {
      return ORDER.compare(this, other);
    }
  }

  private static final class HostedZone {
    final String id;
    final String name;
    final String callerReference;
    final TreeMap<SetKey, RRSet> sets = new TreeMap<>();

    HostedZone(String id, String name, String callerReference) {
      this.id = id;
      this.name = name;
      this.callerReference = callerReference;
    }

    void add(RRSet set) {
      sets.put(set.key(), set);
    }

    String xml() {
      return "<HostedZone>"
          + element("Id", "/hostedzone/" + id)
          + element("Name", name)
          + element("CallerReference", callerReference)
          + "<Config><PrivateZone>false</PrivateZone></Config>"
          + element("ResourceRecordSetCount", Integer.toString(sets.size()))
          + "</HostedZone>";
    }
  }

  private record RRSet(
      String name,
      String type,
      String setIdentifier,
      Long weight,
      String continent,
      String country,
      String subdivision,
      Long ttl,
      List<String> values,
      String aliasZone,
      String aliasName,
      Boolean evaluateTargetHealth,
      Routing routing) {

    static RRSet parse(Element e) {
      List<String> values = new ArrayList<>();
      NodeList valueNodes = e.getElementsByTagName("Value");
      for (int i = 0; i < valueNodes.getLength(); i++) {
        values.add(valueNodes.item(i).getTextContent());
      }
      String weight = text(e, "Weight");
      String ttl = text(e, "TTL");
      String evaluate = text(e, "EvaluateTargetHealth");
      return new RRSet(
          absolute(text(e, "Name")),
          text(e, "Type"),
          text(e, "SetIdentifier"),
          weight == null ? null : Long.valueOf(weight),
          text(e, "ContinentCode"),
          text(e, "CountryCode"),
          text(e, "SubdivisionCode"),
          ttl == null ? null : Long.valueOf(ttl),
          List.copyOf(values),
          text(e, "HostedZoneId"),
          text(e, "DNSName"),
          evaluate == null ? null : Boolean.valueOf(evaluate),
          Routing.parse(e));
    }

    SetKey key() {
      return new SetKey(reversed(name), type, setIdentifier == null ? "" : setIdentifier);
    }

    String policy() {
      return weight != null
          ? "weighted"
          : continent != null || country != null
              ? "geolocation"
              : routing.policy() != null
                  ? routing.policy()
                  : setIdentifier != null ? "other" : "simple";
    }

    String location() {
      return continent + "/" + country + "/" + subdivision;
    }

    String xml() {
      StringBuilder xml =
          new StringBuilder("<ResourceRecordSet>")
              .append(element("Name", escapeName(name)))
              .append(element("Type", type));
      if (setIdentifier != null) {
        xml.append(element("SetIdentifier", setIdentifier));
      }
      if (weight != null) {
        xml.append(element("Weight", weight.toString()));
      }
      if (routing.region() != null) {
        xml.append(element("Region", routing.region()));
      }
      if (continent != null || country != null) {
        xml.append("<GeoLocation>");
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("ContinentCode", continent);
        codes.put("CountryCode", country);
        codes.put("SubdivisionCode", subdivision);
        codes.forEach((tag, code) -> xml.append(code == null ? "" : element(tag, code)));
        xml.append("</GeoLocation>");
      }
      if (routing.failover() != null) {
        xml.append(element("Failover", routing.failover()));
      }
      if (routing.multiValueAnswer() != null) {
        xml.append(element("MultiValueAnswer", routing.multiValueAnswer().toString()));
      }
      if (ttl != null) {
        xml.append(element("TTL", ttl.toString()));
      }
      if (!values.isEmpty()) {
        xml.append("<ResourceRecords>");
        values.forEach(
            v ->
                xml.append("<ResourceRecord>")
                    .append(element("Value", v))
                    .append("</ResourceRecord>"));
        xml.append("</ResourceRecords>");
      }
      if (aliasZone != null) {
        xml.append("<AliasTarget>")
            .append(element("HostedZoneId", aliasZone))
            .append(element("DNSName", aliasName))
            .append(element("EvaluateTargetHealth", String.valueOf(evaluateTargetHealth)))
            .append("</AliasTarget>");
      }
      return xml.append(routing.xmlAfterRecords()).append("</ResourceRecordSet>").toString();
    }

    @Override
    public String toString() {
      return name
          + " "
          + type
          + (setIdentifier == null ? "" : " " + setIdentifier)
          + (ttl == null ? "" : " " + ttl)
          + " "
          + values
          + (aliasZone == null ? "" : " alias " + aliasZone + " " + aliasName);
    }
  }

  /**
   * What a record set holds beside name, type, weight, geolocation, TTL, values and alias: latency
   * region, failover role, multivalue answer, health check, CIDR and geoproximity routing, under
   * Route53's element names.
   */
  private record Routing(
      String region,
      String failover,
      Boolean multiValueAnswer,
      String healthCheckId,
      String cidrCollection,
      String cidrLocation,
      String proximityRegion,
      String localZoneGroup,
      String latitude,
      String longitude,
      String bias) {
    static final Routing NONE =
        new Routing(null, null, null, null, null, null, null, null, null, null, null);

    static Routing parse(Element e) {
      String multi = text(e, "MultiValueAnswer");
      return new Routing(
          text(e, "Region"),
          text(e, "Failover"),
          multi == null ? null : Boolean.valueOf(multi),
          text(e, "HealthCheckId"),
          text(e, "CollectionId"),
          text(e, "LocationName"),
          text(e, "AWSRegion"),
          text(e, "LocalZoneGroup"),
          text(e, "Latitude"),
          text(e, "Longitude"),
          text(e, "Bias"));
    }

    /** The routing policy these fields make, or null for none of them. */
    String policy() {
      return region != null
          ? "latency"
          : failover != null
              ? "failover"
              : multiValueAnswer != null
                  ? "multivalue"
                  : cidrCollection != null
                      ? "cidr"
                      : proximityRegion != null || localZoneGroup != null || latitude != null
                          ? "geoproximity"
                          : null;
    }

    String xmlAfterRecords() {
      StringBuilder xml = new StringBuilder();
      if (healthCheckId != null) {
        xml.append(element("HealthCheckId", healthCheckId));
      }
      if (cidrCollection != null) {
        xml.append("<CidrRoutingConfig>")
            .append(element("CollectionId", cidrCollection))
            .append(element("LocationName", cidrLocation))
            .append("</CidrRoutingConfig>");
      }
      if (policy() != null && policy().equals("geoproximity")) {
        xml.append("<GeoProximityLocation>");
        if (proximityRegion != null) {
          xml.append(element("AWSRegion", proximityRegion));
        }
        if (localZoneGroup != null) {
          xml.append(element("LocalZoneGroup", localZoneGroup));
        }
        if (latitude != null) {
          xml.append("<Coordinates>")
              .append(element("Latitude", latitude))
              .append(element("Longitude", longitude))
              .append("</Coordinates>");
        }
        if (bias != null) {
          xml.append(element("Bias", bias));
        }
        xml.append("</GeoProximityLocation>");
      }
      return xml.toString();
    }
  }

  /** An error response to send instead of the normal one. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    Failure(int status, String code, String message) {
      super(message);
      this.status = status;
      this.code = code;
    }

    MockResponse response(MockResponse.Builder response) {
      return error(response, status, code, getMessage());
    }
  }
}
