package denominator.cloudflare;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** IPv6 addresses of AAAA content, checked and shown compressed in lower case (RFC 5952). */
final class Ipv6 {
  private Ipv6() {}

  /** The address in RFC 5952 form; 400 1004 naming the content when it is not one. */
  static String canonical(String content) {
    if (!content.contains(":") || !content.matches("[0-9A-Fa-f:.]+")) {
      throw invalid(content);
    }
    InetAddress address;
    try {
      // a literal: no name is looked up
      address = InetAddress.getByName(content);
    } catch (UnknownHostException e) {
      throw invalid(content);
    }
    if (!(address instanceof Inet6Address)) {
      return content.toLowerCase(Locale.ROOT); // an IPv4-mapped literal, kept as sent
    }
    byte[] bytes = address.getAddress();
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
    }
    return compressed(groups);
  }

  private static String compressed(int[] groups) {
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }

  private static CloudflareRefusal invalid(String content) {
    return CloudflareRefusal.invalid("content \"" + content + "\" is not a valid IPv6 address");
  }
}
