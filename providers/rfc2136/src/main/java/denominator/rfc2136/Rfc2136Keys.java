package denominator.rfc2136;

import denominator.Credentials.MapCredentials;
import denominator.ValidationException;
import java.util.Base64;
import org.xbill.DNS.Name;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TextParseException;

/** The TSIG key that signs every message, from credentials read at the time of the message. */
final class Rfc2136Keys {
  static final String KEY_NAME = "keyName";
  static final String KEY_ALGORITHM = "keyAlgorithm";
  static final String KEY_SECRET = "keySecret";
  static final String DEFAULT_ALGORITHM = "hmac-sha256";

  /** Builds the key, refusing a bad name, an unknown algorithm or a secret that is not base64. */
  static TSIG tsig(MapCredentials credentials) {
    String name = require(credentials, KEY_NAME);
    String algorithm = credentials.get(KEY_ALGORITHM).orElse(DEFAULT_ALGORITHM);
    String secret = require(credentials, KEY_SECRET);
    Name algorithmName;
    try {
      algorithmName = TSIG.algorithmToName(algorithm);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          Rfc2136Provider.NAME + ": unknown TSIG algorithm",
          algorithm,
          "hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224, hmac-sha1 or hmac-md5");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          Rfc2136Provider.NAME + ": keySecret is not base64",
          "<redacted>",
          "the secret of the key, base64 as tsig-keygen prints it");
    }
    try {
      return new TSIG(algorithmName, Name.fromString(name, Name.root), key);
    } catch (TextParseException e) {
      throw new ValidationException(
          Rfc2136Provider.NAME + ": bad keyName", name, "a key name such as update-key");
    }
  }

  private static String require(MapCredentials credentials, String parameter) {
    return credentials
        .get(parameter)
        .filter(v -> !v.isBlank())
        .orElseThrow(
            () ->
                new ValidationException(
                    Rfc2136Provider.NAME + ": missing " + parameter,
                    "nothing",
                    "credentials keyName, keySecret and optionally keyAlgorithm"));
  }

  private Rfc2136Keys() {}
}
