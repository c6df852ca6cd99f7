package denominator.benchmarks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the JMH section of BENCHMARKS.md from JMH's JSON results: one row per benchmark and
 * parameter, with score, error and unit, under a line naming the machine and the command.
 *
 * <p>Usage: {@code BenchmarksReport JMH_JSON OUTPUT_MD COMMAND}.
 */
public final class BenchmarksReport {
  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    Path output = Path.of(args[1]);
    String command = args[2];
    StringBuilder md =
        new StringBuilder()
            .append("## Micro-benchmarks (JMH)\n\n")
            .append("Machine: ")
            .append(Runtime.getRuntime().availableProcessors())
            .append(" cores, ")
            .append(System.getProperty("java.vm.name"))
            .append(' ')
            .append(System.getProperty("java.version"))
            .append(". Command: `")
            .append(command)
            .append("`.\n\n")
            .append("| benchmark | parameters | score | ± error | unit |\n")
            .append("|---|---|---:|---:|---|\n");
    for (JsonElement element :
        JsonParser.parseString(Files.readString(results, StandardCharsets.UTF_8))
            .getAsJsonArray()) {
      JsonObject run = element.getAsJsonObject();
      JsonObject metric = run.getAsJsonObject("primaryMetric");
      String benchmark = run.get("benchmark").getAsString().replace("denominator.benchmarks.", "");
      md.append("| ")
          .append(benchmark)
          .append(" | ")
          .append(params(run))
          .append(" | ")
          .append(String.format("%.3f", metric.get("score").getAsDouble()))
          .append(" | ")
          .append(error(metric))
          .append(" | ")
          .append(metric.get("scoreUnit").getAsString())
          .append(" |\n");
    }
    Files.writeString(output, md.toString(), StandardCharsets.UTF_8);
  }

  private static String params(JsonObject run) {
    if (!run.has("params")) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, JsonElement> param : run.getAsJsonObject("params").entrySet()) {
      text.append(text.length() == 0 ? "" : ", ")
          .append(param.getKey())
          .append('=')
          .append(param.getValue().getAsString());
    }
    return text.toString();
  }

  private static String error(JsonObject metric) {
    double error = metric.get("scoreError").getAsDouble();
    return Double.isNaN(error) ? "n/a" : String.format("%.3f", error);
  }

  private BenchmarksReport() {}
}
