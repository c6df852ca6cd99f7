package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
  static final HttpUrl BASE = HttpUrl.get("https://api.example/v1/zones?page=1");

  @Test
  void theNextTargetAmongSeveralLinks() {
    String value =
        "<https://api.example/v1/zones?page=1>; rel=\"first\", "
            + "<https://api.example/v1/zones?page=2>; rel=\"next\", "
            + "<https://api.example/v1/zones?page=9>; rel=\"last\"";

    assertThat(LinkHeader.next(BASE, List.of(value)))
        .hasValue(HttpUrl.get("https://api.example/v1/zones?page=2"));
  }

  @Test
  void aRelativeTargetIsResolvedAgainstTheRequest() {
    assertThat(LinkHeader.next(BASE, List.of("</v1/zones?cursor=abc>; rel=next")))
        .hasValue(HttpUrl.get("https://api.example/v1/zones?cursor=abc"));
  }

  @Test
  void relMayHoldSeveralTypesAndOtherParametersMayHoldCommas() {
    String value = "<?page=3>; title=\"a, b; c\"; REL=\"prev next\"";

    assertThat(LinkHeader.next(BASE, List.of(value)))
        .hasValue(HttpUrl.get("https://api.example/v1/zones?page=3"));
  }

  @Test
  void linksMaySpreadOverSeveralHeaders() {
    Headers headers =
        Headers.of("Link", "<?page=1>; rel=\"prev\"")
            .newBuilder()
            .add("Link", "<?page=3>; rel=\"next\"")
            .build();

    assertThat(LinkHeader.next(BASE, headers))
        .hasValue(HttpUrl.get("https://api.example/v1/zones?page=3"));
  }

  @Test
  void theLastPageHasNoNextLink() {
    assertThat(LinkHeader.next(BASE, List.of("<?page=1>; rel=\"first\", <?page=1>; rel=prev")))
        .isEmpty();
    assertThat(LinkHeader.next(BASE, Headers.of())).isEmpty();
    assertThat(LinkHeader.next(BASE, List.of("<?page=2>; rel=\"nextish\""))).isEmpty();
  }
}
