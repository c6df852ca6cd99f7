package denominator.tck.faults;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A DNS proxy on loopback, UDP and TCP on one port, in front of a DNS server: it forwards each
 * message unchanged and injects one {@link Fault}. A request is one message from the client; the
 * answer to a zone transfer is every message up to its closing SOA. DNS servers do not throttle
 * with an answer, so the throttling faults pass messages through (their cells say n/a); the 5xx
 * bursts are SERVFAIL answers, and a refused UPDATE is a REFUSED answer.
 */
public final class DnsFaultProxy implements FaultInjector {
  private static final byte[] GARBAGE = "<html><body>bad gateway".getBytes();

  private final InetSocketAddress upstream;
  private final String zones;
  private final Duration readTimeout;
  private final ServerSocket tcp;
  private final DatagramSocket udp;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "dns-fault-proxy");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicInteger received = new AtomicInteger();
  private final AtomicInteger writes = new AtomicInteger();
  private final List<String> hit = new CopyOnWriteArrayList<>();
  private volatile Fault fault;

  /** A proxy to the server of {@code upstreamUrl} ({@code dns://host:port?zones=...}). */
  public DnsFaultProxy(String upstreamUrl, Duration readTimeout) {
    URI uri = URI.create(upstreamUrl);
    this.upstream = new InetSocketAddress(uri.getHost(), uri.getPort());
    this.zones = uri.getRawQuery();
    this.readTimeout = readTimeout;
    try {
      this.tcp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      this.udp =
          new DatagramSocket(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), tcp.getLocalPort()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads.execute(this::acceptTcp);
    threads.execute(this::receiveUdp);
  }

  @Override
  public String url() {
    return "dns://127.0.0.1:" + tcp.getLocalPort() + (zones == null ? "" : "?" + zones);
  }

  @Override
  public void inject(Fault fault) {
    this.fault = fault;
    received.set(0);
    writes.set(0);
    hit.clear();
  }

  @Override
  public int received() {
    return received.get();
  }

  @Override
  public List<String> hit() {
    return List.copyOf(hit);
  }

  @Override
  public boolean hitAWrite() {
    return hit.contains("UPDATE");
  }

  /** How to answer the client: each message of the answer, or nothing; and the connection. */
  private interface Client {
    void answer(byte[] message) throws IOException;

    /** Sends the start of a message that claims to be {@code length} octets, then hangs up. */
    void answerCutOff(byte[] start, int length) throws IOException;

    void hangUp() throws IOException;
  }

  private void handle(byte[] request, boolean overTcp, Client client) throws IOException {
    int n = received.incrementAndGet();
    Message query = new Message(request);
    String operation =
        query.getHeader().getOpcode() == Opcode.UPDATE
            ? "UPDATE"
            : query.getQuestion() != null && query.getQuestion().getType() == Type.AXFR
                ? "AXFR"
                : "QUERY";
    Fault now = fault;
    int write = operation.equals("UPDATE") ? writes.incrementAndGet() : 0;
    if (now == null || !now.hits(n, write, hitAWrite()) || isThrottling(now)) {
      for (byte[] answer : forward(request, overTcp, operation)) {
        client.answer(answer);
      }
      return;
    }
    hit.add(operation);
    switch (now) {
      case SERVER_ERROR_BURST, UNAVAILABLE_BURST -> client.answer(failure(query, Rcode.SERVFAIL));
      case LATER_BATCH_REFUSED -> client.answer(failure(query, Rcode.REFUSED));
      case DROPPED_AFTER_REQUEST, ALWAYS_DROPPED, WRITES_DROPPED, DROPPED_FROM_FIRST_WRITE -> {
        forward(request, overTcp, operation);
        client.hangUp();
      }
      case READ_TIMEOUT -> {
        List<byte[]> answers = forward(request, overTcp, operation);
        sleep(readTimeout.multipliedBy(2));
        for (byte[] answer : answers) {
          client.answer(answer);
        }
      }
      case MALFORMED_BODY -> {
        forward(request, overTcp, operation);
        client.answer(GARBAGE);
      }
      case TRUNCATED_BODY -> {
        byte[] first = forward(request, overTcp, operation).get(0);
        client.answerCutOff(Arrays.copyOf(first, first.length / 2), first.length);
      }
      default -> throw new IllegalStateException(now + " is not a DNS fault");
    }
  }

  private static boolean isThrottling(Fault fault) {
    return fault == Fault.THROTTLED
        || fault == Fault.THROTTLED_WITH_RETRY_AFTER
        || fault == Fault.ALWAYS_THROTTLED
        || fault == Fault.CREDENTIALS_EXPIRE;
  }

  /**
   * {@code rcode} for {@code query}, as a server answers that fails (SERVFAIL) or refuses an UPDATE
   * (REFUSED): same id and question, unsigned, for the proxy has no key.
   */
  private static byte[] failure(Message query, int rcode) {
    Message answer = new Message(query.getHeader().getID());
    answer.getHeader().setFlag(Flags.QR);
    answer.getHeader().setOpcode(query.getHeader().getOpcode());
    answer.getHeader().setRcode(rcode);
    Record question = query.getQuestion();
    if (question != null) {
      answer.addRecord(question, Section.QUESTION);
    }
    return answer.toWire();
  }

  /** The server's answer: one message, or for a zone transfer each message to the last SOA. */
  private List<byte[]> forward(byte[] request, boolean overTcp, String operation)
      throws IOException {
    if (!overTcp) {
      try (DatagramSocket socket = new DatagramSocket()) {
        socket.setSoTimeout(10_000);
        socket.send(new DatagramPacket(request, request.length, upstream));
        DatagramPacket packet = new DatagramPacket(new byte[65_535], 65_535);
        socket.receive(packet);
        return List.of(Arrays.copyOf(packet.getData(), packet.getLength()));
      }
    }
    try (Socket socket = new Socket(upstream.getAddress(), upstream.getPort())) {
      socket.setSoTimeout(10_000);
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeShort(request.length);
      out.write(request);
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      List<byte[]> answers = new ArrayList<>();
      int soas = 0;
      do {
        byte[] answer = new byte[in.readUnsignedShort()];
        in.readFully(answer);
        answers.add(answer);
        Message message = new Message(answer);
        if (message.getRcode() != Rcode.NOERROR) {
          break;
        }
        soas +=
            (int)
                message.getSection(Section.ANSWER).stream()
                    .filter(r -> r.getType() == Type.SOA)
                    .count();
      } while (operation.equals("AXFR") && soas < 2);
      return answers;
    }
  }

  private void acceptTcp() {
    while (!tcp.isClosed()) {
      try {
        Socket socket = tcp.accept();
        threads.execute(() -> serveTcp(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serveTcp(Socket socket) {
    try (socket) {
      DataInputStream in = new DataInputStream(socket.getInputStream());
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      Client client =
          new Client() {
            @Override
            public void answer(byte[] message) throws IOException {
              out.writeShort(message.length);
              out.write(message);
              out.flush();
            }

            @Override
            public void answerCutOff(byte[] start, int length) throws IOException {
              out.writeShort(length);
              out.write(start);
              out.flush();
              socket.close();
            }

            @Override
            public void hangUp() throws IOException {
              socket.close();
            }
          };
      while (!socket.isClosed()) {
        byte[] request = new byte[in.readUnsignedShort()];
        in.readFully(request);
        handle(request, true, client);
      }
    } catch (EOFException | SocketException clientWentAway) {
      // the client closed, or this proxy hung up on purpose
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void receiveUdp() {
    while (!udp.isClosed()) {
      DatagramPacket packet = new DatagramPacket(new byte[65_535], 65_535);
      try {
        udp.receive(packet);
      } catch (IOException closed) {
        return;
      }
      byte[] request = Arrays.copyOf(packet.getData(), packet.getLength());
      InetSocketAddress from = (InetSocketAddress) packet.getSocketAddress();
      threads.execute(() -> serveUdp(request, from));
    }
  }

  private void serveUdp(byte[] request, InetSocketAddress from) {
    Client client =
        new Client() {
          @Override
          public void answer(byte[] message) throws IOException {
            udp.send(new DatagramPacket(message, message.length, from));
          }

          @Override
          public void answerCutOff(byte[] start, int length) throws IOException {
            answer(start);
          }

          @Override
          public void hangUp() {
            // a datagram that is never answered
          }
        };
    try {
      handle(request, false, client);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
    udp.close();
    try {
      tcp.close();
    } catch (IOException ignored) {
      // closing
    }
  }
}
