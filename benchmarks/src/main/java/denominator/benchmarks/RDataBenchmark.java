package denominator.benchmarks;

import denominator.model.rdata.RData;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Scenario 6: parsing and printing the presentation form of each record type. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RDataBenchmark {
  private static final String HEX =
      "49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE6A1A9F6B8E6F3E8E3C1F8F8A";
  private static final Map<String, String> SAMPLES =
      Map.ofEntries(
          Map.entry("A", "192.0.2.1"),
          Map.entry("AAAA", "2001:db8::1"),
          Map.entry("CAA", "0 issue \"ca.example.net\""),
          Map.entry("CNAME", "www.example.com."),
          Map.entry("DS", "12345 13 2 " + HEX),
          Map.entry("HTTPS", "1 . alpn=h2,h3"),
          Map.entry("MX", "10 mail.example.com."),
          Map.entry("NAPTR", "100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.com."),
          Map.entry("NS", "ns1.example.net."),
          Map.entry("PTR", "host.example.com."),
          Map.entry("SOA", "ns1.example.com. hostmaster.example.com. 1 3600 600 604800 300"),
          Map.entry("SPF", "\"v=spf1 -all\""),
          Map.entry("SRV", "10 5 5060 sip.example.com."),
          Map.entry("SSHFP", "4 2 " + HEX),
          Map.entry("SVCB", "1 svc.example.com. alpn=h2 port=8443"),
          Map.entry("TLSA", "3 1 1 " + HEX),
          Map.entry("TXT", "\"v=spf1 -all\" \"with \\\"quotes\\\"\""));

  @Param({
    "A", "AAAA", "CAA", "CNAME", "DS", "HTTPS", "MX", "NAPTR", "NS", "PTR", "SOA", "SPF", "SRV",
    "SSHFP", "SVCB", "TLSA", "TXT"
  })
  String type;

  String text;
  RData parsed;

  @Setup
  public void sample() {
    text = SAMPLES.get(type);
    parsed = RData.parse(type, text);
  }

  @Benchmark
  public RData parse() {
    return RData.parse(type, text);
  }

  @Benchmark
  public String print() {
    return parsed.toString();
  }
}
