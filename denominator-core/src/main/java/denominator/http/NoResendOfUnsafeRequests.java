package denominator.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from sending a request again on its own when the request is not retry-safe.
 *
 * <p>OkHttp resends any request once, POST and PATCH included, when the answer is 503 with {@code
 * Retry-After: 0}; that happens below {@link RetryInterceptor}, which would not retry it. As a
 * network interceptor this removes {@code Retry-After} from a 503 answer to a request that {@link
 * RetrySafety} does not allow to be sent twice, so the answer reaches the provider's error mapping
 * as it is, sent once.
 */
final class NoResendOfUnsafeRequests implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() == 503
        && response.header("Retry-After") != null
        && !RetrySafety.isRetrySafe(chain.request())) {
      return response.newBuilder().removeHeader("Retry-After").build();
    }
    return response;
  }
}
