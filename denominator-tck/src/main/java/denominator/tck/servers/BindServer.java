package denominator.tck.servers;

import denominator.Credentials;
import denominator.tck.ProviderUnderTest;
import denominator.tck.TestZones;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A BIND 9 server on loopback for tests, primary for the zones it was started with. Each zone holds
 * an SOA, {@code NS ns1.<zone>} and its glue {@code A 127.0.0.1}, and accepts dynamic updates (RFC
 * 2136) and zone transfers signed with one TSIG key made by {@code tsig-keygen}. Integrity checks
 * are off ({@code check-integrity no}), so an MX may name an in-zone host that has no address yet.
 * It neither recurses nor sends NOTIFY, so it makes no lookup off the machine.
 *
 * <pre>{@code
 * static BindServer server;
 * @BeforeAll static void start() { server = BindServer.start("a.test.", "b.test."); } // skips if absent
 * @AfterAll static void stop() { server.close(); }
 * }</pre>
 */
public final class BindServer implements LocalServer {
  /** The Debian package that provides {@code named} and {@code tsig-keygen}. */
  public static final String PACKAGE = "bind9";

  private static final String KEY_NAME = "denominator-test";
  private static final String ALGORITHM = "hmac-sha256";
  private static final Pattern SECRET = Pattern.compile("secret \"([^\"]+)\"");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

  private final Path dir;
  private final Process process;
  private final int port;
  private final String keySecret;
  private final List<String> zones;

  private BindServer(Path dir, Process process, int port, String keySecret, List<String> zones) {
    this.dir = dir;
    this.process = process;
    this.port = port;
    this.keySecret = keySecret;
    this.zones = zones;
  }

  /**
   * Starts {@code named} on a free loopback port, primary for {@code zones} (absolute names), and
   * returns once it answers their SOA. Skips the calling test when BIND is not installed (see
   * {@link LocalServer#require}).
   */
  public static BindServer start(String... zones) {
    return startWithSecret(null, zones);
  }

  /**
   * Starts a server, as {@link #start} does, whose TSIG key has this secret (base64) instead of one
   * made by {@code tsig-keygen}.
   */
  public static BindServer startWithSecret(String secret, String... zones) {
    Path named = LocalServer.require("named", PACKAGE);
    Path keygen = secret != null ? null : LocalServer.require("tsig-keygen", PACKAGE);
    List<String> names =
        Stream.of(zones)
            .map(z -> z.toLowerCase(Locale.ROOT))
            .map(z -> z.endsWith(".") ? z : z + ".")
            .toList();
    IllegalStateException failure = null;
    for (int attempt = 0; attempt < 3; attempt++) { // a free port may be taken meanwhile
      try {
        return start(named, keygen, secret, names);
      } catch (IllegalStateException e) {
        failure = e;
      }
    }
    throw failure;
  }

  private static BindServer start(Path named, Path keygen, String chosen, List<String> zones) {
    try {
      Path dir = Files.createTempDirectory("named-");
      String key =
          chosen != null
              ? "key \""
                  + KEY_NAME
                  + "\" {\n\talgorithm "
                  + ALGORITHM
                  + ";\n\tsecret \""
                  + chosen
                  + "\";\n};\n"
              : ServerProcess.run(new ProcessBuilder(keygen.toString(), "-a", ALGORITHM, KEY_NAME));
      Matcher secret = SECRET.matcher(key);
      if (!secret.find()) {
        throw new IOException("no secret in tsig-keygen output: " + key);
      }
      int port = LoopbackPorts.freeDnsPort();
      for (String zone : zones) {
        Files.writeString(dir.resolve(zone + "zone"), zoneFile(zone));
      }
      Files.writeString(dir.resolve("named.conf"), key + config(dir, port, zones));
      Process process =
          new ProcessBuilder(
                  named.toString(), "-g", "-n", "2", "-c", dir.resolve("named.conf").toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("named.log").toFile())
              .start();
      BindServer server = new BindServer(dir, process, port, secret.group(1), zones);
      server.awaitReady();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String zoneFile(String zone) {
    return String.join(
        "\n",
        "$TTL 3600",
        "@ IN SOA ns1." + zone + " hostmaster." + zone + " 1 3600 600 86400 3600",
        "@ IN NS ns1." + zone,
        "ns1 IN A 127.0.0.1",
        "");
  }

  private static String config(Path dir, int port, List<String> zones) {
    String options =
        String.join(
            "\n",
            "options {",
            "  directory \"" + dir + "\";",
            "  pid-file \"" + dir.resolve("named.pid") + "\";",
            "  session-keyfile \"" + dir.resolve("session.key") + "\";",
            "  managed-keys-directory \"" + dir + "\";",
            "  listen-on port " + port + " { 127.0.0.1; };",
            "  listen-on-v6 { none; };",
            "  recursion no;",
            "  dnssec-validation no;",
            "  notify no;",
            "};",
            "controls { };",
            "");
    return options
        + zones.stream()
            .map(
                zone ->
                    String.join(
                        "\n",
                        "zone \"" + zone + "\" {",
                        "  type primary;",
                        "  file \"" + dir.resolve(zone + "zone") + "\";",
                        "  update-policy { grant " + KEY_NAME + " zonesub ANY; };",
                        "  allow-transfer { key " + KEY_NAME + "; };",
                        // BIND refuses, by default, an MX whose in-zone target has no address
                        // record; the TCK's
                        // stock MX records point at such hosts
                        "  check-integrity no;",
                        "};",
                        ""))
            .collect(Collectors.joining());
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (!zones.stream().allMatch(this::answersSoa)) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        String log = log();
        close();
        throw new IllegalStateException("named did not start:\n" + log);
      }
      ServerProcess.sleep(Duration.ofMillis(50), "named");
    }
  }

  private boolean answersSoa(String zone) {
    try {
      SimpleResolver resolver = new SimpleResolver(dnsAddress());
      resolver.setTimeout(Duration.ofMillis(500));
      Message query =
          Message.newQuery(Record.newRecord(Name.fromString(zone), Type.SOA, DClass.IN));
      Message response = resolver.send(query);
      return response.getRcode() == Rcode.NOERROR && !response.getSection(Section.ANSWER).isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** The loopback address where the server answers DNS over UDP and TCP. */
  public InetSocketAddress dnsAddress() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
  }

  /** The rfc2136 provider's URL for this server and every zone of it. */
  public String url() {
    return "dns://127.0.0.1:" + port + "?zones=" + String.join(",", zones);
  }

  /**
   * The rfc2136 provider on this server, lending the tests zones from {@code zones}: the server's
   * key, and as bad credentials a key of the same name whose secret is all zeros.
   */
  public ProviderUnderTest target(TestZones zones) {
    return ProviderUnderTest.of("rfc2136", url(), credentials(keySecret))
        .withBadCredentials(credentials(Base64.getEncoder().encodeToString(new byte[32])))
        .withTestZones(zones);
  }

  /** This server's key name and algorithm with {@code secret}. */
  public Credentials credentials(String secret) {
    return Credentials.of(
        Map.of("keyName", KEY_NAME, "keyAlgorithm", ALGORITHM, "keySecret", secret));
  }

  /** The absolute names of the zones the server is primary for, as given to {@link #start}. */
  public List<String> zones() {
    return zones;
  }

  /** The name of the TSIG key that may update and transfer every zone. */
  public String keyName() {
    return KEY_NAME;
  }

  /** The TSIG algorithm, {@code hmac-sha256}. */
  public String keyAlgorithm() {
    return ALGORITHM;
  }

  /** The TSIG key's secret, base64. */
  public String keySecret() {
    return keySecret;
  }

  /** What {@code named -v} says, e.g. {@code BIND 9.18.49-1~deb12u3-Debian (...)}. */
  public static String version() {
    try {
      Path named = LocalServer.require("named", PACKAGE);
      return ServerProcess.run(new ProcessBuilder(named.toString(), "-v")).strip();
    } catch (IOException e) {
      return "named (version unknown: " + e.getMessage() + ")";
    }
  }

  @Override
  public String name() {
    return "named on 127.0.0.1:" + port;
  }

  @Override
  public String log() {
    try {
      return Files.readString(dir.resolve("named.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() {
    ServerProcess.stop(process, Duration.ofSeconds(5), dir);
  }

  @Override
  public String toString() {
    return name();
  }
}
