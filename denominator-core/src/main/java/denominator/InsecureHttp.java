package denominator;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The rule that credentials cross a network only encrypted: an {@code http://} URL is refused
 * unless its host is loopback ({@code localhost}, 127.0.0.0/8, {@code ::1}) or the caller opted in.
 * Host names other than {@code localhost} are not resolved: the check sends no query, and what a
 * name resolves to may change. Other schemes ({@code https:}, {@code dns:}, {@code mem:}) pass.
 */
final class InsecureHttp {
  private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

  /** Throws {@link ValidationException} if {@code url} is plain HTTP to a non-loopback host. */
  static void check(String provider, String url, boolean allowed) {
    if (allowed || !url.regionMatches(true, 0, "http:", 0, 5)) {
      return;
    }
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed != null && isLoopback(parsed.host())) {
      return;
    }
    throw new ValidationException(
        provider + ": plain HTTP to a host that is not loopback",
        ProviderConfig.withoutUserInfo(url),
        "an https:// URL; to send credentials unencrypted anyway, opt in with"
            + " allowInsecureHttp(true), or --insecure-http on the command line");
  }

  /** Whether {@code host}, as {@link HttpUrl} canonicalizes it, is a loopback name or address. */
  static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.equals("localhost.")
        || host.equals("::1")
        || LOOPBACK_V4.matcher(host).matches();
  }

  private InsecureHttp() {}
}
