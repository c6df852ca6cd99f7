package denominator.kit;

import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.Objects;

/**
 * An owner name and a record type: the unit most vendors read and write in, since every qualified
 * set of a name and type (each geo region, each weighted answer) lives under it.
 */
public record NameType(String name, String type) {

  public static NameType of(RecordSetKey key) {
    return new NameType(key.name(), key.type());
  }

  public static NameType of(ResourceRecordSet set) {
    return new NameType(set.name(), set.type());
  }

  @Override
  public String toString() {
    return name + " " + type;
  }

  // written out rather than generated, as in RData: no ObjectMethods call site at start-up
  @Override
  public boolean equals(Object other) {
    return other instanceof NameType o && name.equals(o.name) && type.equals(o.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type);
  }
}
