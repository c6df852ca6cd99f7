package denominator.http;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetrySafetyTest {
  static final RequestBody JSON = RequestBody.create("{}", MediaType.get("application/json"));

  @ParameterizedTest(name = "[{index}] {0} retry-safe: {1}")
  @CsvSource({
    "GET, true",
    "HEAD, true",
    "PUT, true",
    "DELETE, true",
    "OPTIONS, true",
    "TRACE, true",
    "POST, false",
    "PATCH, false"
  })
  void idempotentMethodsAreRetrySafe(String method, boolean expected) {
    assertThat(RetrySafety.isRetrySafe(request(method, false))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] tagged {0} is retry-safe")
  @CsvSource({"POST", "PATCH"})
  void taggedRequestsAreRetrySafe(String method) {
    assertThat(RetrySafety.isRetrySafe(request(method, true))).isTrue();
  }

  @Test
  void aPutTaggedSendOnceIsNotRetrySafe() {
    Request put =
        new Request.Builder()
            .url("https://example.com/v1/zones/example.com/www.example.com/A")
            .put(RequestBody.create("{}", null))
            .tag(SendOnce.class, SendOnce.INSTANCE)
            .build();

    assertThat(RetrySafety.isRetrySafe(put)).isFalse();
    assertThat(RetrySafety.isRetrySafe(put.newBuilder().tag(SendOnce.class, null).build()))
        .isTrue();
  }

  @Test
  void oneShotBodiesAreNeverRetrySafe() {
    RequestBody oneShot =
        new RequestBody() {
          @Override
          public MediaType contentType() {
            return null;
          }

          @Override
          public void writeTo(BufferedSink sink) {}

          @Override
          public boolean isOneShot() {
            return true;
          }
        };
    Request put = new Request.Builder().url("http://localhost/").put(oneShot).build();
    assertThat(RetrySafety.isRetrySafe(put)).isFalse();
  }

  private static Request request(String method, boolean tagged) {
    RequestBody body = method.equals("GET") || method.equals("HEAD") ? null : JSON;
    Request.Builder builder = new Request.Builder().url("http://localhost/").method(method, body);
    return tagged ? builder.tag(RetrySafe.class, RetrySafe.INSTANCE).build() : builder.build();
  }
}
