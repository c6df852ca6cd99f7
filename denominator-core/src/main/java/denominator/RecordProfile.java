package denominator;

/** How resolvers choose among the record sets of one name and type. */
public enum RecordProfile {
  /** One unqualified set; every record is answered. */
  ROUND_ROBIN,
  /** Qualified sets chosen by the client's location. */
  GEO,
  /** Qualified sets chosen in proportion to their weights. */
  WEIGHTED
}
