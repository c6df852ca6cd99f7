package denominator.verify;

import denominator.ValidationException;
import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where to pretend a client is, per region: a subnet inside it and the country GeoIP places that
 * subnet in, for EDNS Client Subnet queries. The defaults come from {@code subnets.tsv} next to
 * this class; {@link #with} overrides an entry for other GeoIP data.
 */
public final class SampleSubnets {

  /**
   * A subnet and where GeoIP places it.
   *
   * @param cidr an IPv4 subnet such as {@code 85.214.0.0/24}
   * @param country the country GeoIP places it in
   */
  public record Sample(String cidr, Region country) {}

  private final Map<Region, Sample> samples;

  private SampleSubnets(Map<Region, Sample> samples) {
    this.samples = Map.copyOf(samples);
  }

  /** The built-in table: every continent but Antarctica, and a few countries. */
  public static SampleSubnets defaults() {
    Map<Region, Sample> samples = new LinkedHashMap<>();
    try (InputStream in = SampleSubnets.class.getResourceAsStream("subnets.tsv");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        samples.put(
            Regions.require(columns[0]), new Sample(columns[1], Regions.require(columns[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SampleSubnets(samples);
  }

  /**
   * This table with {@code region} sampled by {@code cidr}, which GeoIP places in {@code country}.
   */
  public SampleSubnets with(String region, String cidr, String country) {
    if (!cidr.matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}")) {
      throw new ValidationException(
          "bad sample subnet", cidr, "an IPv4 subnet such as 192.0.2.0/24");
    }
    Map<Region, Sample> copy = new LinkedHashMap<>(samples);
    copy.put(Regions.require(region), new Sample(cidr, Regions.require(country)));
    return new SampleSubnets(copy);
  }

  /** A subnet inside {@code region}, if the table has one. */
  public Optional<Sample> sample(Region region) {
    return Optional.ofNullable(samples.get(region));
  }
}
