package denominator.designate;

import denominator.ValidationException;
import denominator.designate.DesignateJson.RecordSetJson;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.CAAData;
import denominator.model.rdata.NAPTRData;
import denominator.model.rdata.RData;
import denominator.model.rdata.SPFData;
import denominator.model.rdata.TXTData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Designate's record strings to and from record data. Most types are their zone-file form; CAA
 * values and NAPTR flags, services and regexp go unquoted; TXT and SPF follow Designate's rule that
 * a value of at most 255 characters is one string, and a longer one several quoted strings of at
 * most 255 characters each.
 */
final class DesignateRecords {
  /** The types this provider writes: Designate's defaults but SOA (managed) and CERT (no model). */
  static final Set<String> TYPES =
      Set.of("A", "AAAA", "CNAME", "MX", "SRV", "TXT", "SPF", "NS", "PTR", "SSHFP", "NAPTR", "CAA");

  private static final int MAX_TEXT = 255;

  /** The set Designate holds, its TTL the zone's when it has none; empty when it has no records. */
  static Optional<ResourceRecordSet> set(RecordSetJson json, int zoneTtl) {
    if (json.records() == null || json.records().isEmpty()) {
      return Optional.empty();
    }
    List<RData> records =
        json.records().stream().map(r -> read(json.type(), r)).distinct().toList();
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder()
            .name(Names.absolute(json.name()))
            .type(json.type())
            .ttl(json.ttl() != null ? json.ttl() : zoneTtl)
            .records(records);
    if (json.description() != null) {
      set.providerData("description", json.description());
    }
    return Optional.of(set.build());
  }

  /** The data of one record string; kept verbatim when the model cannot read it. */
  static RData read(String type, String text) {
    if (!TYPES.contains(type) && !type.equals("SOA")) {
      return new DesignateData(type, text);
    }
    try {
      return switch (type) {
        case "TXT" -> new TXTData(strings(text));
        case "SPF" -> new SPFData(strings(text));
        case "CAA" -> caa(text);
        case "NAPTR" -> naptr(text);
        default -> RData.parse(type, text);
      };
    } catch (ValidationException | IndexOutOfBoundsException | NumberFormatException unreadable) {
      return new DesignateData(type, text); // another tool's form: shown and kept as it is
    }
  }

  /** The record strings of a set's data, as Designate accepts them. */
  static List<String> write(List<RData> records) {
    return records.stream().map(DesignateRecords::write).toList();
  }

  /**
   * The record string of one value.
   *
   * @throws ValidationException for values Designate refuses: several short TXT strings, CAA flags
   *     other than 0 and 1, an {@code issue} without a domain, an empty NAPTR field
   */
  static String write(RData data) {
    if (data instanceof TXTData txt) {
      return text(txt.strings());
    } else if (data instanceof SPFData spf) {
      return text(spf.strings());
    } else if (data instanceof CAAData caa) {
      return caa(caa);
    } else if (data instanceof NAPTRData naptr) {
      return naptr(naptr);
    }
    return data.toString();
  }

  private static String caa(CAAData caa) {
    if (caa.flags() > 1) {
      throw new ValidationException(
          "designate: CAA flags", Integer.toString(caa.flags()), "0 or 1 (Designate refuses 128)");
    }
    if (caa.tag().startsWith("issue") && caa.value().strip().startsWith(";")
        || caa.value().isBlank()) {
      throw new ValidationException(
          "designate: CAA " + caa.tag() + " without a domain",
          caa.value(),
          "a domain, then optionally ; key=value (Designate refuses \";\")");
    }
    return caa.flags() + " " + caa.tag() + " " + caa.value();
  }

  private static CAAData caa(String text) {
    String[] fields = text.strip().split("\\s+", 3);
    return new CAAData(Integer.parseInt(fields[0]), fields[1], unquoted(fields[2]));
  }

  private static String naptr(NAPTRData naptr) {
    for (String field : List.of(naptr.flags(), naptr.services(), naptr.regexp())) {
      if (field.isEmpty() || field.chars().anyMatch(Character::isWhitespace)) {
        throw new ValidationException(
            "designate: NAPTR field",
            field,
            "flags, services and regexp non-empty, without spaces");
      }
    }
    return String.join(
        " ",
        Integer.toString(naptr.order()),
        Integer.toString(naptr.preference()),
        naptr.flags(),
        naptr.services(),
        naptr.regexp(),
        naptr.replacement());
  }

  private static NAPTRData naptr(String text) {
    String[] f = text.strip().split("\\s+");
    if (f.length != 6) {
      throw new ValidationException("designate: NAPTR", text, "six fields");
    }
    return new NAPTRData(
        Integer.parseInt(f[0]),
        Integer.parseInt(f[1]),
        unquoted(f[2]),
        unquoted(f[3]),
        unquoted(f[4]),
        f[5]);
  }

  /**
   * One value of TXT or SPF character-strings: one quoted string when it fits in 255 characters;
   * otherwise several of at most 255 each, the strings as they are when each fits, else the text
   * cut anew.
   */
  static String text(List<String> strings) {
    List<String> quoted = strings.stream().map(DesignateRecords::quote).toList();
    String joined = String.join(" ", quoted);
    if (quoted.size() == 1 && joined.length() <= MAX_TEXT) {
      return joined;
    }
    if (joined.length() <= MAX_TEXT) {
      throw new ValidationException(
          "designate: several TXT strings in " + joined.length() + " characters",
          joined,
          "one string, or more than 255 characters (Designate refuses several short strings)");
    }
    if (quoted.stream().allMatch(q -> q.length() <= MAX_TEXT)) {
      return joined;
    }
    return String.join(" ", chunks(String.join("", strings)));
  }

  // Quoted pieces of the text, each at most 255 characters with its quotes and escapes.
  private static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    StringBuilder chunk = new StringBuilder("\"");
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      String escaped = escape(c);
      if (chunk.length() + escaped.length() + 1 > MAX_TEXT) {
        chunks.add(chunk.append('"').toString());
        chunk = new StringBuilder("\"");
      }
      chunk.append(escaped);
      i += Character.charCount(c);
    }
    chunks.add(chunk.append('"').toString());
    return chunks;
  }

  private static String quote(String string) {
    StringBuilder quoted = new StringBuilder("\"");
    string.codePoints().forEach(c -> quoted.append(escape(c)));
    return quoted.append('"').toString();
  }

  private static String escape(int c) {
    return c == '"' || c == '\\' ? "\\" + (char) c : new String(Character.toChars(c));
  }

  /**
   * The character-strings of a value: quoted strings separated by spaces when it starts with a
   * quote, {@code \"} and {@code \\} unescaped; otherwise the whole value as one string.
   */
  static List<String> strings(String text) {
    if (!text.startsWith("\"")) {
      return List.of(text);
    }
    List<String> strings = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == ' ') {
        i++;
        continue;
      }
      if (text.charAt(i) != '"') {
        throw new ValidationException("designate: TXT", text, "quoted strings");
      }
      StringBuilder string = new StringBuilder();
      i++;
      while (text.charAt(i) != '"') {
        if (text.charAt(i) == '\\') {
          i++;
        }
        string.append(text.charAt(i++));
      }
      i++;
      strings.add(string.toString());
    }
    return strings;
  }

  private static String unquoted(String field) {
    return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
        ? field.substring(1, field.length() - 1)
        : field;
  }

  private DesignateRecords() {}
}
