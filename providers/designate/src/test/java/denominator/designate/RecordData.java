package denominator.designate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record strings Designate accepts, type by type (wire page, section 5): presentation form,
 * domain-name fields ending with a dot, numbers in plain decimal within their ranges, CAA flags 0
 * or 1 with an unquoted value, TXT and SPF by {@link TxtRules}. A bad string is refused with the
 * validation error {@code '<value>' is not a '<TYPE>' Record} at {@code ["records", i]}.
 */
final class RecordData {
  /** Designate's default {@code supported_record_type}. */
  static final Set<String> SUPPORTED =
      Set.of(
          "A", "AAAA", "CNAME", "MX", "SRV", "TXT", "SPF", "NS", "PTR", "SSHFP", "SOA", "NAPTR",
          "CAA", "CERT");

  private static final String LABEL = "(?!-)[A-Za-z0-9_-]{1,63}(?<!-)";

  /** A domain name with its trailing dot, at most 254 characters. */
  static final Pattern DOMAIN = Pattern.compile("(?=.{1,254}$)(" + LABEL + "\\.)+");

  private static final String NUMBER = "(0|[1-9][0-9]{0,4})";
  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
              + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
  private static final Pattern MX = Pattern.compile(NUMBER + " (\\S+)");
  private static final Pattern SRV =
      Pattern.compile(NUMBER + " " + NUMBER + " " + NUMBER + " (\\S+)");
  private static final Pattern SSHFP =
      Pattern.compile("[0-4] [0-2] ([0-9A-Fa-f]{10,40}|[0-9A-Fa-f]{64})");
  private static final Pattern CAA = Pattern.compile("([01]) (issue|issuewild|iodef) (\\S.*)");
  private static final Pattern CAA_ISSUE =
      Pattern.compile(
          "[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})*(\\s*;\\s*[A-Za-z0-9-]+=[^\\s;]*)*");
  private static final Pattern CAA_IODEF =
      Pattern.compile("(mailto:[^@\\s]+@[^@\\s]+|https?://\\S+)");
  private static final Pattern NAPTR =
      Pattern.compile(NUMBER + " " + NUMBER + " ([A-Za-z0-9]+) ([A-Za-z0-9+:._-]+) (\\S+) (\\S+)");
  private static final Pattern CERT = Pattern.compile("(\\S+) ([0-9]+) (\\S+) ([A-Za-z0-9+/= ]+)");
  private static final Set<String> CERT_TYPES =
      Set.of("PKIX", "SPKI", "PGP", "IPKIX", "ISPKI", "IPGP", "ACPKIX", "IACPKIX", "URI", "OID");
  private static final Set<String> CERT_ALGORITHMS =
      Set.of(
          "RSAMD5",
          "DH",
          "DSA",
          "ECC",
          "RSASHA1",
          "DSA-NSEC3-SHA1",
          "RSASHA1-NSEC3-SHA1",
          "RSASHA256",
          "RSASHA512",
          "ECC-GOST",
          "ECDSAP256SHA256",
          "ECDSAP384SHA384",
          "ED25519",
          "ED448",
          "INDIRECT",
          "PRIVATEDNS",
          "PRIVATEOID");

  private RecordData() {}

  /** Refuses the first TXT rule broken, else every string that is not of {@code type}. */
  static void check(String type, List<String> records) {
    if (type.equals("TXT") || type.equals("SPF")) {
      records.forEach(TxtRules::check);
      return;
    }
    List<DesignateRefusal.Violation> violations = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      if (!valid(type, records.get(i))) {
        violations.add(
            new DesignateRefusal.Violation(
                List.of("records", i),
                "'" + records.get(i) + "' is not a '" + type + "' Record",
                "format",
                List.of(type)));
      }
    }
    if (!violations.isEmpty()) {
      throw DesignateRefusal.validation(violations);
    }
  }

  static boolean valid(String type, String value) {
    return switch (type) {
      case "A" -> IPV4.matcher(value).matches();
      case "AAAA" -> ipv6(value);
      case "CNAME", "PTR", "NS" -> domain(value);
      case "MX" -> matches(MX, value) && domain(group(MX, value, 2));
      case "SRV" -> matches(SRV, value) && domain(group(SRV, value, 4));
      case "SSHFP" -> SSHFP.matcher(value).matches();
      case "CAA" -> caa(value);
      case "NAPTR" -> naptr(value);
      case "CERT" -> cert(value);
      default -> true; // SOA: written by Designate only
    };
  }

  static boolean domain(String name) {
    return DOMAIN.matcher(name).matches();
  }

  private static boolean caa(String value) {
    Matcher caa = CAA.matcher(value);
    if (!caa.matches()) {
      return false;
    }
    String tagValue = caa.group(3);
    return caa.group(2).equals("iodef")
        ? CAA_IODEF.matcher(tagValue).matches()
        : CAA_ISSUE.matcher(tagValue).matches();
  }

  private static boolean naptr(String value) {
    Matcher naptr = NAPTR.matcher(value);
    return naptr.matches()
        && numbers(naptr, 1, 2)
        && (naptr.group(6).equals(".") || domain(naptr.group(6)));
  }

  private static boolean cert(String value) {
    Matcher cert = CERT.matcher(value);
    if (!cert.matches()) {
      return false;
    }
    String certType = cert.group(1).toUpperCase(Locale.ROOT);
    String algorithm = cert.group(3).toUpperCase(Locale.ROOT);
    return (CERT_TYPES.contains(certType) || upTo(certType, 65535))
        && upTo(cert.group(2), 65535)
        && (CERT_ALGORITHMS.contains(algorithm) || upTo(algorithm, 255));
  }

  private static boolean ipv6(String value) {
    if (!value.contains(":") || !value.matches("[0-9A-Fa-f:.]+")) {
      return false;
    }
    try {
      // a literal with a colon is parsed, never looked up
      return java.net.InetAddress.getByName(value) instanceof java.net.Inet6Address;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static boolean matches(Pattern pattern, String value) {
    Matcher matcher = pattern.matcher(value);
    if (!matcher.matches()) {
      return false;
    }
    for (int i = 1; i <= matcher.groupCount(); i++) {
      String group = matcher.group(i);
      if (group != null && group.matches("[0-9]+") && !upTo(group, 65535)) {
        return false;
      }
    }
    return true;
  }

  private static boolean numbers(Matcher matcher, int... groups) {
    for (int group : groups) {
      if (!upTo(matcher.group(group), 65535)) {
        return false;
      }
    }
    return true;
  }

  private static String group(Pattern pattern, String value, int group) {
    Matcher matcher = pattern.matcher(value);
    matcher.matches();
    return matcher.group(group);
  }

  private static boolean upTo(String number, long max) {
    return number.matches("[0-9]{1,6}") && Long.parseLong(number) <= max;
  }
}
