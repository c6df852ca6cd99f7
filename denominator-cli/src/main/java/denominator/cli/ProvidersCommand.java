package denominator.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import denominator.Denominator;
import denominator.Provider;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.json.ModelJson;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator providers}: what each installed provider offers. */
final class ProvidersCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "providers", "List the providers: url, credentials, record types.");

  @Override
  public Integer call() {
    try (Session session = Session.of(spec)) {
      List<Provider> providers = Denominator.providers();
      if (session.json()) {
        JsonArray array = new JsonArray();
        providers.forEach(p -> array.add(json(p.metadata())));
        session
            .out()
            .println(ModelJson.gson().newBuilder().setPrettyPrinting().create().toJson(array));
        return 0;
      }
      try (Table table =
          new Table(
              session.out(),
              "PROVIDER",
              "URL",
              "CREDENTIALS",
              "ROUND_ROBIN",
              "GEO",
              "WEIGHTED",
              "ATOMIC")) {
        for (Provider provider : providers) {
          ProviderMetadata m = provider.metadata();
          table.row(
              m.name(),
              m.defaultUrl(),
              forms(m),
              types(m, RecordProfile.ROUND_ROBIN),
              types(m, RecordProfile.GEO),
              types(m, RecordProfile.WEIGHTED),
              m.atomicChangeSets() ? "yes (" + m.maxChangesPerBatch() + ")" : "no");
        }
      }
    }
    return 0;
  }

  private static String forms(ProviderMetadata m) {
    return m.credentialForms().stream().map(Object::toString).collect(Collectors.joining(" | "));
  }

  private static String types(ProviderMetadata m, RecordProfile profile) {
    return m.supports(profile) ? String.join(",", new TreeSet<>(m.recordTypes(profile))) : "-";
  }

  private static JsonObject json(ProviderMetadata m) {
    JsonObject o = new JsonObject();
    o.addProperty("name", m.name());
    o.addProperty("url", m.defaultUrl());
    JsonArray forms = new JsonArray();
    m.credentialForms()
        .forEach(
            f -> {
              JsonObject form = new JsonObject();
              form.addProperty("name", f.name());
              JsonArray parameters = new JsonArray();
              f.parameters().forEach(parameters::add);
              form.add("parameters", parameters);
              forms.add(form);
            });
    o.add("credentialForms", forms);
    JsonObject types = new JsonObject();
    for (RecordProfile profile : RecordProfile.values()) {
      JsonArray list = new JsonArray();
      new TreeSet<>(m.recordTypes(profile)).forEach(list::add);
      types.add(profile.name().toLowerCase(), list);
    }
    o.add("recordTypes", types);
    o.addProperty("atomicChangeSets", m.atomicChangeSets());
    o.addProperty("maxChangesPerBatch", m.maxChangesPerBatch());
    o.addProperty("duplicateZoneNames", m.duplicateZoneNames());
    return o;
  }
}
