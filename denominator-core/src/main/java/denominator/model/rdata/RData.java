package denominator.model.rdata;

/** PLACEHOLDER replaced by the rdata branch. */
public interface RData {
  String type();

  static RData parse(String type, String text) {
    String t = type.toUpperCase(java.util.Locale.ROOT);
    return new RData() {
      @Override public String type() { return t; }
      @Override public String toString() { return text; }
      @Override public boolean equals(Object o) { return o instanceof RData r && r.type().equals(t) && r.toString().equals(text); }
      @Override public int hashCode() { return text.hashCode(); }
    };
  }
}
