package denominator.designate;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * The JSON of the Designate v2 API, mapped with Gson. Fields this provider does not use ({@code
 * project_id}, {@code version}, time stamps) are not mapped; Gson leaves out null fields when it
 * writes, so an update body carries only what it changes.
 */
final class DesignateJson {

  /** A zone, as listed, read, created or deleted. */
  record ZoneJson(
      String id, String name, String email, Integer ttl, String status, String action) {}

  /** One page of {@code GET /v2/zones}. */
  record Zones(List<ZoneJson> zones, Links links) {}

  /** The body of {@code POST /v2/zones}. */
  record NewZone(String name, String email, Integer ttl) {}

  /** The body of {@code PATCH /v2/zones/{id}}: the fields to change (null: kept). */
  record ZoneUpdate(String email, Integer ttl) {}

  /**
   * A record set: {@code ttl} null when never set (the zone's then applies), {@code records} in
   * presentation form, {@code description} another tool's text.
   */
  record RecordSetJson(
      String id,
      String name,
      String type,
      List<String> records,
      Integer ttl,
      String description,
      String status) {}

  /** One page of {@code GET /v2/zones/{id}/recordsets}. */
  record RecordSets(List<RecordSetJson> recordsets, Links links) {}

  /** The body of {@code POST .../recordsets}; {@code description} only to restore one. */
  record NewRecordSet(
      String name, String type, Integer ttl, List<String> records, String description) {}

  /** The body of {@code PUT .../recordsets/{id}}: never {@code description}, so it is kept. */
  record RecordSetUpdate(List<String> records, Integer ttl) {}

  /** A listing's links: {@code next} absent on the last page. */
  record Links(String next) {}

  /** {@code GET /v2/limits}, of which this provider reads one. */
  record Limits(@SerializedName("max_recordset_records") Integer maxRecordsetRecords) {}

  private DesignateJson() {}
}
