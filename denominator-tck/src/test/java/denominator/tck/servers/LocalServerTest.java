package denominator.tck.servers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalServerTest {

  @Test
  void anAbsentBinaryIsNotFound() {
    assertThat(LocalServer.find("denominator-no-such-server")).isEmpty();
  }

  @Test
  void binariesAreFoundInSbinEvenWhenThePathLacksIt() {
    assertThat(LocalServer.find("sh")).isPresent();
  }
}
