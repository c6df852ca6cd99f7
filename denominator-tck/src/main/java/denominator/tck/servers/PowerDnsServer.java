package denominator.tck.servers;

import denominator.Credentials;
import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A PowerDNS Authoritative server on loopback for tests: an empty SQLite database, the HTTP API
 * with a random key, Lua records, and GeoIP with EDNS Client Subnet when the GeoIP database is
 * installed. It makes no lookup off the machine ({@code security-poll-suffix=} is empty).
 *
 * <pre>{@code
 * static PowerDnsServer server;
 * @BeforeAll static void start() { server = PowerDnsServer.start(); }  // skips if not installed
 * @AfterAll static void stop() { server.close(); }
 * }</pre>
 */
public final class PowerDnsServer implements LocalServer {
  /** Debian packages that provide everything this server needs. */
  public static final String PACKAGES =
      "pdns-server pdns-backend-sqlite3 pdns-backend-geoip " + "geoip-database sqlite3";

  private static final Path SCHEMA =
      Path.of("/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql");
  private static final Path GEOIP = Path.of("/usr/share/GeoIP/GeoIP.dat");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

  private final Path dir;
  private final Process process;
  private final String apiKey;
  private final int apiPort;
  private final int dnsPort;
  private final boolean geo;

  private PowerDnsServer(
      Path dir, Process process, String apiKey, int apiPort, int dnsPort, boolean geo) {
    this.dir = dir;
    this.process = process;
    this.apiKey = apiKey;
    this.apiPort = apiPort;
    this.dnsPort = dnsPort;
    this.geo = geo;
  }

  /**
   * Starts a server on free loopback ports and returns once its API and DNS ports answer. Skips the
   * calling test when PowerDNS is not installed (see {@link LocalServer#require}).
   */
  public static PowerDnsServer start() {
    return start(UUID.randomUUID().toString());
  }

  /** Starts a server, as {@link #start()} does, whose API requires {@code apiKey}. */
  public static PowerDnsServer start(String apiKey) {
    Path binary = LocalServer.require("pdns_server", PACKAGES);
    Path sqlite = LocalServer.require("sqlite3", "sqlite3");
    IllegalStateException failure = null;
    for (int attempt = 0; attempt < 3; attempt++) { // a free port may be taken meanwhile
      try {
        return start(binary, sqlite, apiKey);
      } catch (IllegalStateException e) {
        failure = e;
      }
    }
    throw failure;
  }

  private static PowerDnsServer start(Path binary, Path sqlite, String apiKey) {
    try {
      Path dir = Files.createTempDirectory("pdns-");
      Path db = dir.resolve("pdns.sqlite3");
      ServerProcess.run(
          new ProcessBuilder(sqlite.toString(), db.toString()).redirectInput(SCHEMA.toFile()));
      boolean geo = Files.isReadable(GEOIP) && geoBackendInstalled();
      int apiPort = LoopbackPorts.freeTcpPort();
      int dnsPort = LoopbackPorts.freeDnsPort();
      Files.writeString(dir.resolve("pdns.conf"), config(dir, geo, apiKey, apiPort, dnsPort));
      Files.writeString(dir.resolve("geo.yaml"), "domains: []\n");
      Process process =
          new ProcessBuilder(
                  binary.toString(),
                  "--config-dir=" + dir,
                  "--daemon=no",
                  "--guardian=no",
                  "--disable-syslog",
                  "--write-pid=no")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("pdns.log").toFile())
              .start();
      PowerDnsServer server = new PowerDnsServer(dir, process, apiKey, apiPort, dnsPort, geo);
      server.awaitReady();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code pdns-backend-geoip} is installed, in the library directory of any arch. */
  private static boolean geoBackendInstalled() {
    try (Stream<Path> libs = Files.list(Path.of("/usr/lib"))) {
      return libs.anyMatch(lib -> Files.exists(lib.resolve("pdns/libgeoipbackend.so")));
    } catch (IOException e) {
      return false;
    }
  }

  private static String config(Path dir, boolean geo, String apiKey, int apiPort, int dnsPort) {
    return String.join(
        "\n",
        geo ? "launch=gsqlite3,geoip" : "launch=gsqlite3",
        "gsqlite3-database=" + dir.resolve("pdns.sqlite3"),
        geo ? "geoip-database-files=" + GEOIP : "",
        geo ? "geoip-zones-file=" + dir.resolve("geo.yaml") : "",
        "local-address=127.0.0.1",
        "local-port=" + dnsPort,
        "socket-dir=" + dir,
        "api=yes",
        "api-key=" + apiKey,
        "webserver=yes",
        "webserver-address=127.0.0.1",
        "webserver-port=" + apiPort,
        "webserver-allow-from=127.0.0.0/8",
        "security-poll-suffix=",
        "default-soa-content=ns1.@ hostmaster.@ 0 10800 3600 604800 3600",
        "enable-lua-records=yes",
        "edns-subnet-processing=yes",
        "");
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (!(apiAnswers() && dnsAnswers())) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        String log = log();
        close();
        throw new IllegalStateException("pdns_server did not start:\n" + log);
      }
      ServerProcess.sleep(Duration.ofMillis(50), "pdns_server");
    }
  }

  private boolean apiAnswers() {
    try {
      HttpURLConnection connection =
          (HttpURLConnection)
              URI.create(apiUrl() + "/api/v1/servers/localhost").toURL().openConnection();
      connection.setRequestProperty("X-API-Key", apiKey);
      connection.setConnectTimeout(500);
      connection.setReadTimeout(500);
      try {
        return connection.getResponseCode() == 200;
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      return false;
    }
  }

  private boolean dnsAnswers() {
    try (Socket socket = new Socket()) {
      socket.connect(dnsAddress(), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The API's base URL, e.g. {@code http://127.0.0.1:40123}. */
  public String apiUrl() {
    return "http://127.0.0.1:" + apiPort;
  }

  /** The key the API requires in {@code X-API-Key}. */
  public String apiKey() {
    return apiKey;
  }

  /** The powerdns provider on this server, with its key and, as bad credentials, another. */
  public ProviderUnderTest target() {
    return ProviderUnderTest.of("powerdns", apiUrl(), Credentials.of(Map.of("apiKey", apiKey)))
        .withBadCredentials(Credentials.of(Map.of("apiKey", "not-the-key")));
  }

  /** The loopback address where the server answers DNS over UDP and TCP. */
  public InetSocketAddress dnsAddress() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), dnsPort);
  }

  /**
   * The server's configuration directory, for {@code pdnsutil --config-dir=DIR}: the way an
   * operator checks or edits zones beside the API.
   */
  public Path configDir() {
    return dir;
  }

  /** Whether the GeoIP backend is loaded, so Lua records can answer by the client's location. */
  public boolean geo() {
    return geo;
  }

  /**
   * Skips the calling test unless the GeoIP backend is loaded, or fails it when {@value
   * LocalServer#REQUIRE} is {@code true}, as for a missing server binary.
   */
  public void requireGeo() {
    LocalServer.requireInstalled(
        geo,
        "the PowerDNS GeoIP backend or database is not installed"
            + " (apt-get install -y pdns-backend-geoip geoip-database)");
  }

  @Override
  public String name() {
    return "pdns_server on 127.0.0.1:" + dnsPort + " (API " + apiPort + ")";
  }

  @Override
  public String log() {
    try {
      return Files.readString(dir.resolve("pdns.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() {
    ServerProcess.stop(process, Duration.ofSeconds(3), dir);
  }

  @Override
  public String toString() {
    return name();
  }

  /**
   * The whole contract suite against a PowerDNS server started for it: a provider's contract test
   * extends this and adds nothing. The server starts before the first suite and stops after the
   * last.
   */
  public abstract static class Contract extends ProviderContract {
    private static PowerDnsServer server;

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(() -> server = start());

    @Override
    protected ProviderUnderTest target() {
      return server.target();
    }
  }
}
