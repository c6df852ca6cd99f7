package denominator.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

class ServerOptionTest {
  static ServerOption named(String... servers) {
    ServerOption option = new ServerOption(CommandSpec.create());
    option.named = List.of(servers);
    return option;
  }

  @Test
  void hostAndPortPassWithoutALookUp() {
    assertThatCode(() -> named("127.0.0.1:5300", "ns1.invalid:53", "[::1]:53").check())
        .doesNotThrowAnyException();
  }

  @Test
  void aServerWithoutAPortFromOneTo65535IsRefused() {
    for (String bad : List.of("127.0.0.1", ":53", "host:0", "host:65536", "host:x")) {
      assertThatThrownBy(() -> named("127.0.0.1:53", bad).check())
          .as(bad)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining(bad)
          .hasMessageContaining("HOST:PORT");
    }
  }
}
