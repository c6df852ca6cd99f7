package denominator.verify;

import denominator.AwaitTimeoutException;
import denominator.DNSApi;
import denominator.DenominatorException;
import denominator.ValidationException;
import denominator.kit.Poller;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import denominator.model.rdata.RData;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Proves that the authoritative servers answer the way record sets say: asks every server directly,
 * for geo sets once per region with an EDNS Client Subnet inside it (RFC 7871), and compares the
 * answer with the records of the set that should win there (the one holding the most specific
 * region that contains the client). Failing questions are asked again until a deadline, since
 * servers take a while to serve what a provider accepted.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7871">RFC 7871, Client Subnet in DNS Queries</a>
 */
public final class Verifier {
  private static final int PARALLEL = 16;
  private final List<InetSocketAddress> servers;
  private final SampleSubnets subnets;
  private final Duration queryTimeout;
  private final Duration deadline;
  private final Duration interval;
  private final Poller poller;
  private final Set<Region> only;

  private Verifier(
      List<InetSocketAddress> servers,
      SampleSubnets subnets,
      Duration queryTimeout,
      Duration deadline,
      Duration interval,
      Poller poller,
      Set<Region> only) {
    this.servers = List.copyOf(servers);
    this.subnets = subnets;
    this.queryTimeout = queryTimeout;
    this.deadline = deadline;
    this.interval = interval;
    this.poller = poller;
    this.only = Set.copyOf(only);
  }

  /** Asks these servers, with the default subnets, 2 s per query, until 60 s have passed. */
  public static Verifier of(List<InetSocketAddress> servers) {
    if (servers.isEmpty()) {
      throw new ValidationException(
          "no server to ask", "[]", "one or more authoritative servers (HOST:PORT)");
    }
    return new Verifier(
        servers,
        SampleSubnets.defaults(),
        Duration.ofSeconds(2),
        Duration.ofSeconds(60),
        Duration.ofSeconds(1),
        Poller.system(),
        Set.of());
  }

  public Verifier withSubnets(SampleSubnets subnets) {
    return new Verifier(servers, subnets, queryTimeout, deadline, interval, poller, only);
  }

  /** Asks geo questions only from these regions (all regions of the sets when empty). */
  public Verifier onlyRegions(Collection<Region> regions) {
    return new Verifier(
        servers, subnets, queryTimeout, deadline, interval, poller, Set.copyOf(regions));
  }

  /** Gives up on failing questions after {@code deadline}, asking again every {@code interval}. */
  public Verifier withDeadline(Duration deadline, Duration interval) {
    return new Verifier(servers, subnets, queryTimeout, deadline, interval, poller, only);
  }

  /**
   * Waits between asks through {@code poller}'s sleeper and clock: tests pass one that never waits.
   */
  public Verifier withPoller(Poller poller) {
    return new Verifier(
        servers, subnets, queryTimeout, deadline, interval, Objects.requireNonNull(poller), only);
  }

  /** The zone's name servers from its apex NS set, on port 53, found with the system resolver. */
  public static List<InetSocketAddress> nameServers(DNSApi api, String zoneId, String zoneName)
      throws UnknownHostException {
    List<InetSocketAddress> servers = new ArrayList<>();
    Optional<ResourceRecordSet> ns = api.recordSets(zoneId).get(zoneName, "NS");
    for (RData server : ns.map(ResourceRecordSet::records).orElse(List.of())) {
      for (InetAddress address : InetAddress.getAllByName(server.toString())) {
        servers.add(new InetSocketAddress(address, 53));
      }
    }
    return servers;
  }

  /**
   * Checks every server against {@code applied}: plain sets are asked without a client subnet; geo
   * sets once per region that has a sample subnet ({@code *} without one); weighted sets are listed
   * as unchecked, their answers being random by design.
   */
  public VerificationReport verify(Collection<ResourceRecordSet> applied) {
    List<String> unchecked = new ArrayList<>();
    List<Question> questions = questions(applied, unchecked);
    Map<Question, Check> checks = new LinkedHashMap<>();
    try {
      poller
          .every(interval)
          .await(
              "the servers to answer as the provider holds",
              deadline,
              () -> {
                List<Question> pending =
                    questions.stream()
                        .filter(q -> !checks.containsKey(q) || !checks.get(q).ok())
                        .toList();
                askAll(pending).forEach(check -> checks.put(check.question(), check.check()));
                return checks.values().stream().allMatch(Check::ok);
              });
    } catch (AwaitTimeoutException wrongUntilTheDeadline) {
      // the report says which answers were still wrong
    }
    return new VerificationReport(List.copyOf(checks.values()), unchecked);
  }

  /**
   * Asks every server {@code queries} times for {@code name} and {@code type}, without a client
   * subnet, and counts the answers: for weighted sets, how traffic really splits. Servers that
   * cache answers (PowerDNS's packet cache) repeat one pick until the cache expires, so a split
   * shows only over many cache periods; an answer that is certain (weight 0 or all) shows at once.
   */
  public Map<Set<RData>, Integer> sample(String name, String type, int queries) {
    List<Question> questions = new ArrayList<>();
    for (InetSocketAddress server : servers) {
      for (int i = 0; i < queries; i++) {
        questions.add(new Question(server, name, type, "*", Optional.empty(), Set.of()));
      }
    }
    Map<Set<RData>, Integer> counts = new LinkedHashMap<>();
    for (Answered answered : askAll(questions)) {
      if (answered.check().error().isEmpty()) {
        counts.merge(answered.check().seen(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private record Answered(Question question, Check check) {}

  /**
   * Asks the questions in parallel, {@link #PARALLEL} at a time: each waits on the network, so a
   * thousand questions take about as long as a few dozen.
   */
  private List<Answered> askAll(List<Question> questions) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(PARALLEL, questions.size())),
            daemon -> {
              Thread thread = new Thread(daemon, "denominator-verify");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Answered>> answers = new ArrayList<>();
      for (Question question : questions) {
        answers.add(pool.submit(() -> new Answered(question, ask(question))));
      }
      List<Answered> answered = new ArrayList<>();
      for (Future<Answered> answer : answers) {
        answered.add(answer.get());
      }
      return answered;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DenominatorException("interrupted while verifying", e);
    } catch (ExecutionException e) {
      throw new DenominatorException("verification failed: " + e.getCause(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  private record Question(
      InetSocketAddress server,
      String name,
      String type,
      String region,
      Optional<String> subnet,
      Set<RData> expected) {}

  private List<Question> questions(Collection<ResourceRecordSet> applied, List<String> unchecked) {
    Map<String, List<ResourceRecordSet>> byNameAndType = new LinkedHashMap<>();
    for (ResourceRecordSet set : applied) {
      byNameAndType.computeIfAbsent(set.name() + " " + set.type(), k -> new ArrayList<>()).add(set);
    }
    List<Question> questions = new ArrayList<>();
    for (List<ResourceRecordSet> group : byNameAndType.values()) {
      ResourceRecordSet first = group.get(0);
      if (first.weighted().isPresent()) {
        unchecked.add(first.name() + " " + first.type() + ": weighted answers are random");
        continue;
      }
      for (InetSocketAddress server : servers) {
        if (first.geo().isEmpty()) {
          questions.add(
              new Question(
                  server,
                  first.name(),
                  first.type(),
                  "*",
                  Optional.empty(),
                  Set.copyOf(first.records())));
          continue;
        }
        for (Region region : regions(group)) {
          if (!only.isEmpty() && !only.contains(region)) {
            continue;
          }
          Optional<SampleSubnets.Sample> sample =
              region.equals(Regions.world()) ? Optional.empty() : subnets.sample(region);
          if (sample.isEmpty() && !region.equals(Regions.world())) {
            unchecked.add(
                first.name()
                    + " "
                    + first.type()
                    + " from "
                    + region.code()
                    + ": no sample subnet");
            continue;
          }
          Region client = sample.map(SampleSubnets.Sample::country).orElse(Regions.world());
          questions.add(
              new Question(
                  server,
                  first.name(),
                  first.type(),
                  region.code(),
                  sample.map(SampleSubnets.Sample::cidr),
                  answerFor(client, group)));
        }
      }
    }
    return questions;
  }

  private static Set<Region> regions(List<ResourceRecordSet> group) {
    Set<Region> regions = new LinkedHashSet<>();
    group.forEach(set -> regions.addAll(set.geo().orElseThrow().regions()));
    return regions;
  }

  /** The records of the set whose most specific region contains the client; none if no set does. */
  static Set<RData> answerFor(Region client, List<ResourceRecordSet> group) {
    ResourceRecordSet winner = null;
    int best = -1;
    for (ResourceRecordSet set : group) {
      for (Region region : set.geo().orElseThrow().regions()) {
        if (region.contains(client) && region.kind().ordinal() > best) {
          best = region.kind().ordinal();
          winner = set;
        }
      }
    }
    return winner == null ? Set.of() : Set.copyOf(winner.records());
  }

  private Check ask(Question q) {
    String server = q.server().getHostString() + ":" + q.server().getPort();
    try {
      SimpleResolver resolver = new SimpleResolver(q.server());
      resolver.setTimeout(queryTimeout);
      if (q.subnet().isPresent()) {
        String[] cidr = q.subnet().get().split("/");
        resolver.setEDNS(
            0,
            1232,
            0,
            List.of(
                new ClientSubnetOption(Integer.parseInt(cidr[1]), InetAddress.getByName(cidr[0]))));
      }
      int type = Type.value(q.type());
      Message response =
          resolver.send(
              Message.newQuery(Record.newRecord(Name.fromString(q.name()), type, DClass.IN)));
      if (response.getRcode() != Rcode.NOERROR) {
        return check(q, server, Set.of(), Rcode.string(response.getRcode()));
      }
      Set<RData> seen = new LinkedHashSet<>();
      for (Record record : response.getSection(Section.ANSWER)) {
        if (record.getType() == type) {
          seen.add(RData.parse(q.type(), record.rdataToString()));
        }
      }
      return check(q, server, seen, "");
    } catch (IOException | RuntimeException e) {
      return check(q, server, Set.of(), Objects.toString(e.getMessage(), e.toString()));
    }
  }

  private static Check check(Question q, String server, Set<RData> seen, String error) {
    return new Check(
        server, q.name(), q.type(), q.region(), q.subnet().orElse(""), q.expected(), seen, error);
  }
}
