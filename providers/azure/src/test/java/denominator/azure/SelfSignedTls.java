package denominator.azure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * A throwaway self-signed certificate for {@code 127.0.0.1}, made by the JDK's own {@code keytool}
 * (okhttp-tls is not among our dependencies): the server side as an {@link SSLSocketFactory} for
 * MockWebServer's {@code useHttps}, the client side as a PEM file a real client trusts (Node's
 * {@code NODE_EXTRA_CA_CERTS}). Real Azure clients send bearer tokens over HTTPS only.
 *
 * @param serverSockets what MockWebServer serves TLS with
 * @param certificate the certificate in PEM, for the client to trust
 */
record SelfSignedTls(SSLSocketFactory serverSockets, Path certificate) {
  // protects only a key made for one test run and deleted with its folder
  private static final char[] STORE_PASSWORD = "throwaway".toCharArray();

  /** Makes the key and certificate in {@code dir}. */
  static SelfSignedTls create(Path dir)
      throws IOException, InterruptedException, GeneralSecurityException {
    Path store = dir.resolve("simulator.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "simulator",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-validity",
                "1",
                "-keystore",
                store.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                new String(STORE_PASSWORD))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, STORE_PASSWORD);
    }
    KeyManagerFactory managers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, STORE_PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(managers.getKeyManagers(), null, null);
    Certificate certificate = keys.getCertificate("simulator");
    Path pem = dir.resolve("simulator.pem");
    Files.writeString(
        pem,
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
            + "\n-----END CERTIFICATE-----\n");
    return new SelfSignedTls(context.getSocketFactory(), pem);
  }
}
