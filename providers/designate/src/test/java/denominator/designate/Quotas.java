package denominator.designate;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The simulated Designate's limits (wire page, section 8), answered by {@code GET /v2/limits} and
 * enforced with 413 {@code over_quota}: zones per project, record sets per zone (the managed SOA
 * and NS counted, as Designate counts every set), non-managed records per zone, records per set;
 * and the optional minimum TTL ({@code invalid_ttl} below it).
 *
 * @param zones most zones of a project
 * @param zoneRecordSets most record sets of a zone
 * @param zoneRecords most non-managed records of a zone
 * @param recordSetRecords most records of one set
 * @param minTtl the least TTL accepted, or null for none
 * @param maxPageLimit the page size {@code limit=max} gives and numbers are capped to
 */
record Quotas(
    int zones,
    int zoneRecordSets,
    int zoneRecords,
    int recordSetRecords,
    Integer minTtl,
    int maxPageLimit) {
  static final Quotas DEFAULTS = new Quotas(10, 500, 500, 20, null, 1000);

  JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("max_zones", zones);
    json.addProperty("max_zone_recordsets", zoneRecordSets);
    json.addProperty("max_zone_records", zoneRecords);
    json.addProperty("max_recordset_records", recordSetRecords);
    if (minTtl == null) {
      json.add("min_ttl", JsonNull.INSTANCE);
    } else {
      json.addProperty("min_ttl", minTtl);
    }
    json.addProperty("max_zone_name_length", Fields.MAX_NAME);
    json.addProperty("max_recordset_name_length", Fields.MAX_NAME);
    json.addProperty("max_page_limit", maxPageLimit);
    return json;
  }

  /** Refuses a TTL below the minimum. */
  void checkTtl(Integer ttl) {
    if (ttl != null && minTtl != null && ttl < minTtl) {
      throw DesignateRefusal.of(400, "invalid_ttl", "TTL is below the minimum: " + minTtl);
    }
  }
}
