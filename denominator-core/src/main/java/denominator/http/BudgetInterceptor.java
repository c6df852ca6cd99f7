package denominator.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends each attempt of a request in its turn of the account's {@link RequestBudget}, and tells the
 * budget how the vendor answered: a 429 is throttled. Sits inside the retries, so that a retry
 * waits for its turn too.
 */
final class BudgetInterceptor implements Interceptor {
  private final RequestBudget budget;

  BudgetInterceptor(RequestBudget budget) {
    this.budget = budget;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String path = request.url().encodedPath();
    budget.acquire(request.method(), path);
    Response response = chain.proceed(request);
    budget.answered(
        request.method(),
        path,
        response.code() == 429,
        budget.remainingHeader().isEmpty() ? null : response.header(budget.remainingHeader()));
    return response;
  }
}
