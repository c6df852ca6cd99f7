package denominator.googledns;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Throwaway Google service accounts for tests: a fresh RSA 2048 key pair per account, made in
 * memory and never written to the source, and the service-account key JSON that points its {@code
 * token_uri} at a simulator, so that the real google-auth-library signs and exchanges it there.
 */
public final class ServiceAccounts {
  private static Account shared;

  private ServiceAccounts() {}

  /** A new account with its own key pair. */
  public static Account create(String clientEmail) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return new Account(
          clientEmail,
          generator.generateKeyPair(),
          HexFormat.of().formatHex(randomBytes(20)),
          Long.toString(100_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1L << 40)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA key pairs are not available", e);
    }
  }

  /**
   * One account for the whole test run ({@code
   * simulator@denominator-test.iam.gserviceaccount.com}), made on first use: the key a simulator
   * built with the defaults accepts.
   */
  public static synchronized Account shared() {
    if (shared == null) {
      shared = create("simulator@denominator-test.iam.gserviceaccount.com");
    }
    return shared;
  }

  /**
   * A service account: its e-mail, its key pair and key id. Holds a private key: its {@code
   * toString()} shows the e-mail only.
   */
  public static final class Account {
    private final String clientEmail;
    private final KeyPair keys;
    private final String privateKeyId;
    private final String clientId;

    Account(String clientEmail, KeyPair keys, String privateKeyId, String clientId) {
      this.clientEmail = clientEmail;
      this.keys = keys;
      this.privateKeyId = privateKeyId;
      this.clientId = clientId;
    }

    public String clientEmail() {
      return clientEmail;
    }

    /** The half a simulator checks signatures with. */
    public PublicKey publicKey() {
      return keys.getPublic();
    }

    /**
     * The key JSON Google would hand out for this account, with {@code token_uri} = {@code
     * tokenUri} (e.g. {@code http://127.0.0.1:PORT/token}) and {@code project_id} = {@code
     * projectId}. A credential: never print it.
     */
    public String keyJson(String tokenUri, String projectId) {
      JsonObject key = new JsonObject();
      key.addProperty("type", "service_account");
      key.addProperty("project_id", projectId);
      key.addProperty("private_key_id", privateKeyId);
      key.addProperty("private_key", pem(keys.getPrivate().getEncoded()));
      key.addProperty("client_email", clientEmail);
      key.addProperty("client_id", clientId);
      key.addProperty("auth_uri", "https://accounts.google.com/o/oauth2/auth");
      key.addProperty("token_uri", tokenUri);
      return key.toString();
    }

    /** The same e-mail with another key pair: a key the simulator refuses (a bad signature). */
    public Account withOtherKey() {
      Account other = create(clientEmail);
      return new Account(clientEmail, other.keys, privateKeyId, clientId);
    }

    @Override
    public String toString() {
      return "ServiceAccount{" + clientEmail + "}";
    }
  }

  private static String pem(byte[] pkcs8) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8);
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
