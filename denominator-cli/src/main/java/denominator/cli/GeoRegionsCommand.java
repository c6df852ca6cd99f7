package denominator.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import denominator.RecordProfile;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator geo -z ZONE regions [--kind KIND]}: the regions a geo set may name. */
final class GeoRegionsCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "regions", "List the region codes the provider supports.");
  private RegionKind kind;

  GeoRegionsCommand() {
    Options.add(
        spec,
        Options.value(
            RegionKind.class,
            "--kind",
            "KIND",
            "world, continent, country or subdivision",
            v -> kind = v));
  }

  @Override
  public Integer call() {
    try (Session session = Session.of(spec)) {
      var regions =
          RecordSets.ofProvider(session, ZoneScope.of(spec), RecordProfile.GEO).regions().stream()
              .filter(r -> kind == null || r.kind() == kind)
              .toList();
      if (session.json()) {
        JsonArray array = new JsonArray();
        for (Region r : regions) {
          JsonObject o = new JsonObject();
          o.addProperty("code", r.code());
          o.addProperty("kind", r.kind().name().toLowerCase());
          o.addProperty("name", r.name());
          r.parent().ifPresent(p -> o.addProperty("parent", p.code()));
          array.add(o);
        }
        session.out().println(array);
        return 0;
      }
      try (Table table = new Table(session.out(), "CODE", "KIND", "NAME", "PARENT")) {
        regions.forEach(
            r ->
                table.row(
                    r.code(),
                    r.kind().name().toLowerCase(),
                    r.name(),
                    r.parent().map(Region::code).orElse("")));
      }
    }
    return 0;
  }
}
