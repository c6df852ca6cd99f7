package denominator.powerdns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.model.rdata.GenericData;
import denominator.model.rdata.RData;
import org.junit.jupiter.api.Test;

class PowerDnsLocTest {

  @Test
  void locIsWrittenAsPowerDnsPrintsIt() {
    GenericData loc = (GenericData) RData.parse("LOC", "52 22 23 N 04 53 32 E -2m 0m 10000m 10m");

    assertThat(PowerDnsLoc.content(loc))
        .isEqualTo("52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000.00m 10.00m");
    assertThat(RData.parse("LOC", PowerDnsLoc.content(loc))).isEqualTo(loc);
  }

  @Test
  void southernAndWesternAnglesAndFractionsKeepTheirSigns() {
    GenericData loc =
        (GenericData) RData.parse("LOC", "33 51 35.9 S 151 12 40.5 W 39.5m 1m 20m 5.5m");

    assertThat(PowerDnsLoc.content(loc))
        .isEqualTo("33 51 35.900 S 151 12 40.500 W 39.50m 1.00m 20.00m 5.00m");
    assertThat(RData.parse("LOC", PowerDnsLoc.content(loc))).isEqualTo(loc);
  }
}
