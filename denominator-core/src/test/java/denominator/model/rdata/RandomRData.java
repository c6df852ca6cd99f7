package denominator.model.rdata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/** Random valid rdata of every type, from a seeded {@link Random} so failures reproduce. */
final class RandomRData {
  private static final String LABEL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_";

  private final Random random;

  RandomRData(long seed) {
    this.random = new Random(seed);
  }

  RData next(String type) {
    return switch (type) {
      case "A" -> new AData(ipv4());
      case "AAAA" -> new AAAAData(ipv6());
      case "CNAME" -> new CNAMEData(name());
      case "NS" -> new NSData(name());
      case "PTR" -> new PTRData(name());
      case "MX" -> new MXData(u16(), name());
      case "SOA" ->
          new SOAData(
              name(),
              name(),
              random.nextLong() & 0xFFFF_FFFFL,
              random.nextInt(Integer.MAX_VALUE),
              random.nextInt(Integer.MAX_VALUE),
              random.nextInt(Integer.MAX_VALUE),
              random.nextInt(Integer.MAX_VALUE));
      case "SRV" -> new SRVData(u16(), u16(), u16(), random.nextInt(10) == 0 ? "." : name());
      case "TXT" -> new TXTData(strings());
      case "SPF" -> new SPFData(strings());
      case "CAA" ->
          new CAAData(
              random.nextBoolean() ? 0 : u8(),
              List.of("issue", "issuewild", "iodef", "tbs0").get(random.nextInt(4)),
              text(300));
      case "NAPTR" ->
          new NAPTRData(
              u16(),
              u16(),
              List.of("", "U", "s", "A", "P").get(random.nextInt(5)),
              text(255),
              text(255),
              random.nextBoolean() ? "." : name());
      case "SSHFP" -> sshfp();
      case "DS" -> ds();
      case "TLSA" -> tlsa();
      case "SVCB" -> svcb(false);
      case "HTTPS" -> svcb(true);
      case "TYPE65280" -> new GenericData("TYPE65280", hex(random.nextInt(40)));
      default -> throw new IllegalArgumentException(type);
    };
  }

  String ipv4() {
    return random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256);
  }

  /** Random groups with frequent zero runs, in full, upper-case or mixed IPv4 spelling. */
  String ipv6() {
    StringJoiner groups = new StringJoiner(":");
    for (int i = 0; i < 8; i++) {
      int group = random.nextInt(3) == 0 ? 0 : random.nextInt(0x10000);
      groups.add(
          random.nextBoolean()
              ? Integer.toHexString(group)
              : Integer.toHexString(group).toUpperCase());
    }
    if (random.nextInt(10) == 0) {
      return "::ffff:" + ipv4();
    }
    return groups.toString();
  }

  String name() {
    List<String> labels = new ArrayList<>();
    int length = 0;
    if (random.nextInt(8) == 0) {
      labels.add("*");
      length += 2;
    }
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      String label = random.nextInt(8) == 0 ? "x".repeat(63) : label();
      if (length + label.length() + 1 > 253) {
        break;
      }
      labels.add(label);
      length += label.length() + 1;
    }
    return String.join(".", labels) + (random.nextBoolean() ? "." : "");
  }

  private String label() {
    StringBuilder label = new StringBuilder(random.nextInt(8) == 0 ? "_" : "");
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      label.append(LABEL_CHARS.charAt(random.nextInt(LABEL_CHARS.length())));
    }
    return label.toString();
  }

  List<String> strings() {
    List<String> strings = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      strings.add(random.nextInt(10) == 0 ? "a".repeat(255) : text(255));
    }
    return strings;
  }

  /** Text of at most {@code maxBytes} UTF-8 bytes, full of quotes, escapes and non-ASCII. */
  String text(int maxBytes) {
    String alphabet = "ab Z9\"\\;()=,.-\t\u0000\u007f\u00e9\u4e2d\ud83d\ude00";
    int length = random.nextInt(40);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int at = random.nextInt(alphabet.length() - 1);
      String c =
          Character.isHighSurrogate(alphabet.charAt(at))
              ? alphabet.substring(at, at + 2)
              : Character.isLowSurrogate(alphabet.charAt(at))
                  ? "x"
                  : alphabet.substring(at, at + 1);
      if (text.toString().concat(c).getBytes(StandardCharsets.UTF_8).length > maxBytes) {
        break;
      }
      text.append(c);
    }
    return text.toString();
  }

  private SSHFPData sshfp() {
    int type = random.nextInt(4);
    int bytes = type == 1 ? 20 : type == 2 ? 32 : 1 + random.nextInt(40);
    return new SSHFPData(u8(), type, hex(bytes));
  }

  private TLSAData tlsa() {
    int type = random.nextInt(3) == 0 ? u8() : random.nextInt(3);
    int bytes = Digests.TLSA.getOrDefault(type, 1 + random.nextInt(64));
    return new TLSAData(u8(), u8(), type, hex(bytes));
  }

  private DSData ds() {
    int type = random.nextInt(3) == 0 ? 7 + random.nextInt(249) : random.nextInt(7);
    int bytes = Digests.DS.getOrDefault(type, 1 + random.nextInt(64));
    return new DSData(u16(), u8(), type, hex(bytes));
  }

  private RData svcb(boolean https) {
    int priority = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(0xFFFF);
    String target = random.nextBoolean() ? "." : name();
    String params = priority == 0 ? "" : params();
    return https ? new HTTPSData(priority, target, params) : new SVCBData(priority, target, params);
  }

  /** Params in random order and spelling; the records normalize them. */
  String params() {
    List<String> params = new ArrayList<>();
    List<String> mandatory = new ArrayList<>();
    if (random.nextBoolean()) {
      List<String> ids = new ArrayList<>();
      for (int i = random.nextInt(3); i >= 0; i--) {
        ids.add(alpnId());
      }
      params.add("alpn=\"" + String.join(",", ids) + "\"");
      mandatory.add("alpn");
    }
    if (random.nextInt(4) == 0) {
      params.add("no-default-alpn");
    }
    if (random.nextBoolean()) {
      params.add("port=" + u16());
      mandatory.add("port");
    }
    if (random.nextBoolean()) {
      params.add("ipv4hint=" + ipv4() + (random.nextBoolean() ? "," + ipv4() : ""));
    }
    if (random.nextBoolean()) {
      params.add("ipv6hint=" + ipv6() + (random.nextBoolean() ? "," + ipv6() : ""));
    }
    if (random.nextInt(4) == 0) {
      byte[] ech = new byte[1 + random.nextInt(40)];
      random.nextBytes(ech);
      params.add("ech=" + Base64.getEncoder().encodeToString(ech));
    }
    if (random.nextInt(4) == 0) {
      int key = 100 + random.nextInt(65000);
      params.add("key" + key + (random.nextBoolean() ? "" : "=\"" + escapedText(20) + "\""));
    }
    if (!mandatory.isEmpty() && random.nextBoolean()) {
      params.add("mandatory=" + String.join(",", mandatory));
    }
    Collections.shuffle(params, random);
    return String.join(" ", params);
  }

  /** An alpn-id escaped for a quoted value list: {@code ,} as {@code \\,}, {@code \} doubled. */
  private String alpnId() {
    String alphabet = "h23-abc,\\ ";
    StringBuilder id = new StringBuilder();
    for (int i = 1 + random.nextInt(8); i > 0; i--) {
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      id.append(c == ',' ? "\\\\," : c == '\\' ? "\\\\\\\\" : String.valueOf(c));
    }
    return id.toString();
  }

  private String escapedText(int maxBytes) {
    StringBuilder out = new StringBuilder();
    CharacterStrings.escapeBytes(text(maxBytes).getBytes(StandardCharsets.UTF_8), out);
    return out.toString();
  }

  private String hex(int bytes) {
    byte[] data = new byte[bytes];
    random.nextBytes(data);
    String hex = Hex.of(data);
    return random.nextBoolean() ? hex : hex.toLowerCase();
  }

  private int u8() {
    return random.nextInt(0x100);
  }

  private int u16() {
    return random.nextInt(0x10000);
  }
}
