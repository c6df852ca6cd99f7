package denominator.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Denominator's JSON form of the model, shared by the mock provider's store, the CLI's {@code -o
 * json} and saved plans: zones as {@code {"id","name","email","ttl"}} (email and TTL left out when
 * the provider did not read them), record sets as {@code
 * {"name","type","qualifier","ttl","records":[...],"geo":[...],"weight","providerData":{...}}} with
 * records in zone-file presentation form and absent fields omitted.
 */
public final class ModelJson {
  private static final Gson GSON =
      new GsonBuilder()
          .registerTypeAdapter(ResourceRecordSet.class, new RecordSetAdapter().nullSafe())
          .registerTypeAdapter(Zone.class, new ZoneAdapter().nullSafe())
          .disableHtmlEscaping()
          .create();

  /** A Gson that reads and writes the model types; extend it with {@code newBuilder()}. */
  public static Gson gson() {
    return GSON;
  }

  private static final class ZoneAdapter extends TypeAdapter<Zone> {
    @Override
    public void write(JsonWriter out, Zone zone) throws IOException {
      out.beginObject();
      out.name("id").value(zone.id());
      out.name("name").value(zone.name());
      if (zone.email().isPresent()) {
        out.name("email").value(zone.email().get());
      }
      if (zone.ttl().isPresent()) {
        out.name("ttl").value(zone.ttl().getAsInt());
      }
      out.endObject();
    }

    @Override
    public Zone read(JsonReader in) throws IOException {
      String id = null;
      String name = null;
      String email = null;
      Integer ttl = null;
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "id" -> id = in.nextString();
          case "name" -> name = in.nextString();
          case "email" -> email = in.nextString();
          case "ttl" -> ttl = in.nextInt();
          default -> in.skipValue();
        }
      }
      in.endObject();
      String zoneId = id != null ? id : name;
      return email == null || ttl == null
          ? Zone.withoutSoa(zoneId, name)
          : new Zone(zoneId, name, email, ttl);
    }
  }

  private static final class RecordSetAdapter extends TypeAdapter<ResourceRecordSet> {
    @Override
    public void write(JsonWriter out, ResourceRecordSet set) throws IOException {
      out.beginObject();
      out.name("name").value(set.name());
      out.name("type").value(set.type());
      if (set.qualifier().isPresent()) {
        out.name("qualifier").value(set.qualifier().get());
      }
      if (set.ttl().isPresent()) {
        out.name("ttl").value(set.ttl().getAsInt());
      }
      out.name("records").beginArray();
      for (var record : set.records()) {
        out.value(record.toString());
      }
      out.endArray();
      if (set.geo().isPresent()) {
        out.name("geo").beginArray();
        for (String code : set.geo().get().codes()) {
          out.value(code);
        }
        out.endArray();
      }
      if (set.weighted().isPresent()) {
        out.name("weight").value(set.weighted().get().weight());
      }
      if (!set.providerData().isEmpty()) {
        out.name("providerData").beginObject();
        for (var field : set.providerData().entrySet()) {
          out.name(field.getKey()).value(field.getValue());
        }
        out.endObject();
      }
      out.endObject();
    }

    @Override
    public ResourceRecordSet read(JsonReader in) throws IOException {
      ResourceRecordSet.Builder builder = ResourceRecordSet.builder();
      List<String> records = new ArrayList<>();
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "name" -> builder.name(in.nextString());
          case "type" -> builder.type(in.nextString());
          case "qualifier" -> builder.qualifier(in.nextString());
          case "ttl" -> builder.ttl(in.nextInt());
          case "records" -> records.addAll(strings(in));
          case "geo" -> builder.geo(Geo.parse(String.join(",", strings(in))));
          case "weight" -> builder.weighted(new Weighted(in.nextInt()));
          case "providerData" -> {
            in.beginObject();
            while (in.hasNext()) {
              builder.providerData(in.nextName(), in.nextString());
            }
            in.endObject();
          }
          default -> in.skipValue();
        }
      }
      in.endObject();
      records.forEach(builder::add);
      return builder.build();
    }

    private static List<String> strings(JsonReader in) throws IOException {
      List<String> values = new ArrayList<>();
      if (in.peek() == JsonToken.STRING) {
        values.add(in.nextString());
        return values;
      }
      in.beginArray();
      while (in.hasNext()) {
        values.add(in.nextString());
      }
      in.endArray();
      return values;
    }
  }

  private ModelJson() {}
}
