package denominator.googledns;

import com.google.api.client.http.HttpResponseException;
import com.google.auth.oauth2.GoogleCredentials;
import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.ValidationException;
import denominator.kit.AuthHeader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Authorization: Bearer} header of every request, from an access token that
 * google-auth-library obtains and renews: from a service account key ({@code serviceAccountKey}: a
 * path to the key's JSON file, or that JSON itself), else from Application Default Credentials. The
 * token carries the scope {@value #SCOPE}. The library renews it shortly before it expires, and
 * once more when Cloud DNS answers 401.
 *
 * <p>Credentials are read from the config for every request, so a rotated key takes effect. The
 * library's own objects print their token, so none is ever printed or put in a message: this class
 * prints only which form it uses.
 */
final class GoogleDnsCredentials implements AuthHeader {
  static final String SCOPE = "https://www.googleapis.com/auth/ndev.clouddns.readwrite";
  static final String KEY = "serviceAccountKey";
  static final String PROJECT = "project";

  private final ProviderConfig config;
  private String keyRead; // the credential the library's credentials were made from; null: ADC
  private GoogleCredentials google;

  GoogleDnsCredentials(ProviderConfig config) {
    this.config = config;
  }

  @Override
  public synchronized Optional<Value> current() {
    GoogleCredentials credentials = credentials();
    try {
      credentials.refreshIfExpired();
    } catch (IOException e) {
      throw tokenRefused(e);
    }
    return Optional.of(
        new Value("Authorization", "Bearer " + credentials.getAccessToken().getTokenValue()));
  }

  /** Cloud DNS refused the token: a new one, whatever its expiry says. */
  @Override
  public synchronized boolean refresh(Value rejected) {
    try {
      credentials().refresh();
      return true;
    } catch (IOException e) {
      throw tokenRefused(e);
    }
  }

  /**
   * The project whose zones are managed: the {@code project} credential, else the key's {@code
   * project_id}, else the one Application Default Credentials name.
   */
  synchronized String project() {
    return config
        .credentials()
        .get(PROJECT)
        .or(() -> Optional.ofNullable(credentials().getProjectId()))
        .filter(project -> !project.isBlank())
        .orElseThrow(
            () ->
                new ValidationException(
                    GoogleDnsProvider.NAME + ": no project",
                    config.credentials().describe(),
                    "a " + PROJECT + " credential, or a service account key with project_id"));
  }

  // The library's credentials for the key now configured; made again when the key changed.
  private GoogleCredentials credentials() {
    String key = config.credentials().get(KEY).orElse(null);
    if (google == null || !Objects.equals(key, keyRead)) {
      google = load(key).createScoped(SCOPE);
      keyRead = key;
    }
    return google;
  }

  private static GoogleCredentials load(String key) {
    try {
      if (key == null) {
        return GoogleCredentials.getApplicationDefault();
      }
      try (InputStream json = open(key)) {
        return GoogleCredentials.fromStream(json);
      }
    } catch (IOException | RuntimeException e) {
      // The library's messages name the file or the field at fault, never the key's secrets.
      throw new AuthenticationException(
          GoogleDnsProvider.NAME,
          (key == null ? "Application Default Credentials" : KEY)
              + ": unusable (expected a service account key, as JSON or a path to it): "
              + e.getMessage());
    }
  }

  // The key's JSON begins with '{'; anything else is a path to it.
  private static InputStream open(String key) throws IOException {
    return key.strip().startsWith("{")
        ? new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8))
        : Files.newInputStream(Path.of(key.strip()));
  }

  // The token endpoint refusing the key (4xx) is an authentication failure; anything else, such
  // as the endpoint out of reach, may pass.
  private static DenominatorException tokenRefused(IOException e) {
    String message = "access token: " + e.getMessage();
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpResponseException refused && refused.getStatusCode() / 100 == 4) {
        return new AuthenticationException(GoogleDnsProvider.NAME, message);
      }
    }
    return new DenominatorException(GoogleDnsProvider.NAME + ": " + message, e);
  }

  /** The form of the credentials, never their values. */
  @Override
  public String toString() {
    return "GoogleDnsCredentials" + config.credentials().describe();
  }
}
