package denominator.model.rdata;

import org.xbill.DNS.Type;

/**
 * The data of one DNS resource record, typed: one record class per type, and {@link GenericData}
 * for the rest. Every implementation is an immutable value that validated and normalized its fields
 * when constructed (names absolute and lower-case, IPv6 canonical, hex upper-case), so equal data
 * makes equal values.
 *
 * <p>Every implementation here writes out {@code equals} and {@code hashCode} over its components:
 * a record's generated ones link a {@code java.lang.runtime.ObjectMethods} call site on first use,
 * whose method handles no start-up archive holds (some 15 ms of a CLI command that reads a zone).
 * {@code RDataEqualityTest} holds them to the components.
 *
 * <p>Parsing and printing are symmetric: {@code RData.parse(r.type(), r.toString()).equals(r)} for
 * every value {@code r}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-5.1">RFC 1035 §5.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3597">RFC 3597, unknown types</a>
 */
public sealed interface RData
    permits AData,
        AAAAData,
        CNAMEData,
        NSData,
        PTRData,
        MXData,
        SOAData,
        SRVData,
        TXTData,
        SPFData,
        CAAData,
        NAPTRData,
        SSHFPData,
        DSData,
        TLSAData,
        SVCBData,
        HTTPSData,
        GenericData,
        ProviderRData {
  /**
   * The record type mnemonic, upper-case: {@code "A"}, {@code "MX"}, ...; {@link GenericData}
   * returns dnsjava's mnemonic, e.g. {@code "NSEC"}, or {@code "TYPE65280"}.
   */
  String type();

  /**
   * The zone-file presentation form of the rdata only, without owner, TTL, class or type, e.g.
   * {@code 10 mail.example.com.}.
   */
  @Override
  String toString();

  /**
   * Parses presentation text of {@code type}, a case-insensitive mnemonic or {@code TYPEnnn}. Types
   * without their own record, and any type in the RFC 3597 form {@code \# 4 C0000201} unless it has
   * its own record, yield {@link GenericData}; a type with its own record given in the {@code \#}
   * form yields that record.
   *
   * @throws denominator.ValidationException naming the type, the text and what was expected
   */
  static RData parse(String type, String text) {
    // the mnemonics as the model holds them first: dnsjava's type table (~90 types registered on
    // first use, ~6 ms of a CLI command) is for the other spellings and the other types
    return switch (type == null ? "" : type) {
      case "A" -> AData.parse(text);
      case "AAAA" -> AAAAData.parse(text);
      case "CNAME" -> CNAMEData.parse(text);
      case "NS" -> NSData.parse(text);
      case "PTR" -> PTRData.parse(text);
      case "MX" -> MXData.parse(text);
      case "SOA" -> SOAData.parse(text);
      case "SRV" -> SRVData.parse(text);
      case "TXT" -> TXTData.parse(text);
      case "SPF" -> SPFData.parse(text);
      case "CAA" -> CAAData.parse(text);
      case "NAPTR" -> NAPTRData.parse(text);
      case "SSHFP" -> SSHFPData.parse(text);
      case "DS" -> DSData.parse(text);
      case "TLSA" -> TLSAData.parse(text);
      case "SVCB" -> SVCBData.parse(text);
      case "HTTPS" -> HTTPSData.parse(text);
      default -> {
        String mnemonic = Type.string(GenericData.code(type)); // "mx" and "TYPE15" are MX
        yield mnemonic.equals(type) ? GenericData.parse(type, text) : parse(mnemonic, text);
      }
    };
  }
}
