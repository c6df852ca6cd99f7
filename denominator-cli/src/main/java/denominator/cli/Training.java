package denominator.cli;

import com.sun.net.httpserver.HttpServer;
import denominator.CredentialForm;
import denominator.Denominator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the launcher's start-up archive: runs the commands whose classes the archive
 * should hold, so that every command starts from it, not only the one that happened to run first
 * after a build. Mock commands work on an in-memory store; each HTTP provider lists zones at a
 * loopback server that answers every request with 404, which takes a provider through its client,
 * signing and error paths without a vendor. Output is discarded.
 */
public final class Training {
  private Training() {}

  /**
   * The HTTP providers trained: those that send every request, sign-in included, to the URL given.
   * The others sign in at their identity service's own URL, which a training run must not reach.
   */
  private static final List<String> HTTP_PROVIDERS =
      List.of("route53", "powerdns", "ultradns", "ns1", "cloudflare");

  /** Exits 1, naming the commands, when a command ended otherwise than expected. */
  public static void main(String[] args) throws IOException {
    Main.nameLoggingProvider();
    List<String> unexpected = run();
    if (!unexpected.isEmpty()) {
      System.err.println("denominator: training: " + String.join("; ", unexpected));
      System.exit(1);
    }
  }

  /** Runs every command with its output discarded; returns those that ended unexpectedly. */
  static List<String> run() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "{\"message\":\"not found\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(404, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream discard =
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    System.setOut(discard);
    System.setErr(discard);
    Path files = Files.createTempDirectory("denominator-training-");
    List<String> unexpected = new ArrayList<>();
    try {
      String loopback = "http://127.0.0.1:" + server.getAddress().getPort();
      for (Trained command : commands(loopback, files.resolve("mock.json"))) {
        int code = Main.run(command.args().toArray(String[]::new));
        if (!command.ends(code)) {
          unexpected.add(String.join(" ", command.args()) + " exited " + code);
        }
      }
    } finally {
      try (Stream<Path> made = Files.list(files)) {
        for (Path file : made.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(files);
      server.stop(0);
      System.setOut(out);
      System.setErr(err);
    }
    return unexpected;
  }

  /** A command and how it should end: with {@code exitCode}, or any failure when that is -1. */
  private record Trained(List<String> args, int exitCode) {
    static Trained succeeds(List<String> options, String... command) {
      return new Trained(with(options, command), 0);
    }

    boolean ends(int code) {
      return exitCode == -1 ? code != 0 : code == exitCode;
    }
  }

  private static List<Trained> commands(String loopback, Path file) {
    String zone = "example.com.";
    List<String> mock = List.of("-p", "mock", "-u", "mem:training");
    List<Trained> commands = new ArrayList<>();
    // the file store, as a user's first commands meet it: created with the example zone
    List<String> stored = List.of("-u", "file:" + file);
    String owner = "training." + zone;
    commands.add(Trained.succeeds(stored, "zone", "list"));
    commands.add(
        Trained.succeeds(
            stored,
            "record",
            "-z",
            zone,
            "add",
            "-n",
            owner,
            "-t",
            "A",
            "--ttl",
            "1h",
            "-d",
            "192.0.2.9"));
    commands.add(Trained.succeeds(stored, "record", "-z", zone, "list"));
    commands.add(
        Trained.succeeds(
            stored, "record", "-z", zone, "remove", "-n", owner, "-t", "A", "-d", "192.0.2.9"));
    commands.add(Trained.succeeds(List.of(), "providers"));
    commands.add(Trained.succeeds(List.of(), "--help"));
    commands.add(Trained.succeeds(mock, "zone", "add", zone, "--email", "hostmaster@example.com"));
    commands.add(Trained.succeeds(mock, "zone", "list"));
    commands.add(Trained.succeeds(mock, "-o", "json", "zone", "list"));
    commands.add(
        Trained.succeeds(
            mock, "record", "-z", zone, "add", "-n", "www." + zone, "-t", "A", "-d", "192.0.2.1"));
    commands.add(Trained.succeeds(mock, "record", "-z", zone, "list"));
    commands.add(Trained.succeeds(mock, "geo", "-z", zone, "list"));
    commands.add(Trained.succeeds(mock, "weighted", "-z", zone, "list"));
    commands.add(new Trained(with(mock, "zone", "list", "--no-such-option"), 2));
    for (String name : HTTP_PROVIDERS) {
      List<String> command = new ArrayList<>(List.of("-p", name, "-u", loopback));
      CredentialForm form = Denominator.provider(name).metadata().credentialForms().get(0);
      for (String parameter : form.parameters()) {
        command.addAll(List.of("-c", parameter + "=training"));
      }
      command.addAll(List.of("zone", "list"));
      commands.add(new Trained(command, -1));
    }
    return commands;
  }

  private static List<String> with(List<String> options, String... command) {
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of(command));
    return all;
  }
}
