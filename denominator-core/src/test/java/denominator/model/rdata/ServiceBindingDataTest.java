package denominator.model.rdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.api.Test;

class ServiceBindingDataTest {
  @Test
  void svcbParsesPriorityTargetAndParams() {
    SVCBData svcb = SVCBData.parse("1 Svc.Example.com. alpn=h2,h3 port=8443");
    assertThat(svcb).isEqualTo(new SVCBData(1, "svc.example.com.", "alpn=h2,h3 port=8443"));
    assertThat(svcb.toString()).isEqualTo("1 svc.example.com. alpn=h2,h3 port=8443");
  }

  @Test
  void paramsAreNormalizedToOneSpelling() {
    HTTPSData https =
        HTTPSData.parse(
            "1 . port=443 ipv6hint=2001:DB8:0:0:0:0:0:1 "
                + "mandatory=port,alpn key1=\"h3,h2\" no-default-alpn ipv4hint=192.0.2.1");
    assertThat(https.params())
        .isEqualTo(
            "mandatory=alpn,port alpn=h3,h2 no-default-alpn "
                + "port=443 ipv4hint=192.0.2.1 ipv6hint=2001:db8::1");
    assertThat(new HTTPSData(1, ".", "key3=443")).isEqualTo(new HTTPSData(1, ".", "port=443"));
  }

  @Test
  void alpnIdsWithCommasAndOpaqueValuesAreQuotedAndEscaped() {
    SVCBData svcb = SVCBData.parse("1 . alpn=\"h2,h\\\\,3\" key65000=\"a b\"");
    assertThat(svcb.params()).isEqualTo("alpn=\"h2,h\\\\,3\" key65000=\"a b\"");
  }

  @Test
  void aliasModeHasNoParams() {
    assertThat(HTTPSData.parse("0 pool.example.net").toString()).isEqualTo("0 pool.example.net.");
    assertThatThrownBy(() -> new SVCBData(0, "pool.example.net.", "alpn=h2"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("alpn=h2"));
  }

  @Test
  void badParamsAreRefused() {
    assertThatThrownBy(() -> SVCBData.parse("1 . port=70000"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("1 . port=70000"));
    assertThatThrownBy(() -> new SVCBData(1, ".", "mandatory=port"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new HTTPSData(1, ".", "port=1 port=2"))
        .isInstanceOf(ValidationException.class);
  }
}
