package denominator.tck.servers;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free loopback ports for the servers that tests start. */
final class LoopbackPorts {

  static int freeTcpPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** A port free for both TCP and UDP, as DNS needs both. */
  static int freeDnsPort() throws IOException {
    for (int i = 0; i < 20; i++) {
      int port = freeTcpPort();
      try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
        return udp.getLocalPort();
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IOException("no free loopback port for both TCP and UDP");
  }

  private LoopbackPorts() {}
}
