package denominator.tck;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;

/**
 * MockWebServers that answer as fast as loopback allows. A MockWebServer's sockets keep Nagle's
 * algorithm on, so an answer's last segment waits for the client's delayed acknowledgement: about
 * 40 ms per request on Linux, which made a suite of a few thousand requests take minutes. Sockets
 * accepted here have {@code TCP_NODELAY}, as real HTTP servers set it.
 */
public final class LoopbackServers {
  private LoopbackServers() {}

  /**
   * Whether {@code url} points at this machine: an http(s) URL to 127.0.0.0/8, {@code ::1} or
   * {@code localhost}, or a URL of another scheme (a file, an in-memory store) that reaches no
   * vendor.
   */
  public static boolean isLoopback(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      return !url.startsWith("dns:") || url.contains("127.0.0.1") || url.contains("[::1]");
    }
    String host = parsed.host();
    return host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
  }

  /** A server, not yet started, whose connections send without delay. */
  public static MockWebServer server() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(NO_DELAY);
    return server;
  }

  private static final ServerSocketFactory NO_DELAY =
      new ServerSocketFactory() {
        @Override
        public ServerSocket createServerSocket() throws IOException {
          return new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
              Socket socket = super.accept();
              socket.setTcpNoDelay(true);
              return socket;
            }
          };
        }

        // MockWebServer binds the unbound socket above itself; these forms are not used
        @Override
        public ServerSocket createServerSocket(int port) {
          throw new UnsupportedOperationException("bound server sockets");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) {
          throw new UnsupportedOperationException("bound server sockets");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
          throw new UnsupportedOperationException("bound server sockets");
        }
      };
}
