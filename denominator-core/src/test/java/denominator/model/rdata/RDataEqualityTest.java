package denominator.model.rdata;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.ValidationException;
import denominator.change.Change;
import denominator.kit.NameType;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The written-out {@code equals} and {@code hashCode} of the model's records (see {@link RData})
 * against their components: two values are equal exactly when every component is, and equal values
 * hash alike. Each pair of values is crossed one component at a time, so a component left out of
 * {@code equals} makes a variant that differs only there compare equal, and fails.
 */
class RDataEqualityTest {
  private final Map<String, Integer> crossed = new TreeMap<>();
  private final Map<String, Integer> refused = new TreeMap<>();

  @Test
  void everyTypeEqualsExactlyWhenItsComponentsDo() throws Exception {
    RandomRData random = new RandomRData(20261204L);
    for (String type : RDataRoundTripTest.TYPES) {
      for (int i = 0; i < 40; i++) {
        cross((Record) random.next(type), (Record) random.next(type));
      }
    }
    List<Region> regions = Regions.all().toList();
    for (int i = 0; i + 1 < regions.size(); i += 7) {
      cross(regions.get(i), regions.get(i + 1));
    }
    cross(new GenericData("TYPE65280", "C0000201"), new GenericData("TYPE65281", "C0000202"));
    cross(new NameType("www.example.com.", "A"), new NameType("mail.example.com.", "MX"));
    ResourceRecordSet a =
        ResourceRecordSet.builder().name("a.example.com.").type("A").add("192.0.2.1").build();
    ResourceRecordSet b =
        ResourceRecordSet.builder().name("b.example.com.").type("A").add("192.0.2.2").build();
    cross(new Change.Put(a), new Change.Put(b));
    cross(new Change.Delete(a.key()), new Change.Delete(b.key()));

    // every component of every type was crossed with a different value at least once, or every
    // such value was refused
    List<String> never = new ArrayList<>();
    List<Class<?>> types =
        new ArrayList<>(
            List.of(Region.class, NameType.class, Change.Put.class, Change.Delete.class));
    Arrays.stream(RData.class.getPermittedSubclasses()).filter(Class::isRecord).forEach(types::add);
    for (Class<?> type : types) {
      for (RecordComponent part : type.getRecordComponents()) {
        String name = type.getSimpleName() + "." + part.getName();
        if (!crossed.containsKey(name) && !refused.containsKey(name)) {
          never.add(name);
        }
      }
    }
    assertThat(never).isEmpty();
  }

  /** Compares {@code a} with copies of itself that take one component from {@code b}. */
  private void cross(Record a, Record b) throws Exception {
    Record copy = construct(a.getClass(), components(a));
    assertThat(copy).isEqualTo(a).isNotSameAs(a).hasSameHashCodeAs(a);
    assertThat(a.equals(null)).isFalse();
    assertThat(a.equals(a.toString())).isFalse();
    RecordComponent[] parts = a.getClass().getRecordComponents();
    for (int i = 0; i < parts.length; i++) {
      Object[] values = components(a);
      values[i] = parts[i].getAccessor().invoke(b);
      Record variant;
      try {
        variant = construct(a.getClass(), values);
      } catch (ValidationException invalid) {
        // no value differs only there (a region's kind follows from its code), or the mix is not
        // valid (a TLSA digest of another length)
        refused.merge(a.getClass().getSimpleName() + "." + parts[i].getName(), 1, Integer::sum);
        continue;
      }
      boolean same = Arrays.equals(components(a), components(variant));
      assertThat(a.equals(variant)).as("%s vs %s", a, variant).isEqualTo(same);
      assertThat(variant.equals(a)).as("%s vs %s", variant, a).isEqualTo(same);
      if (same) {
        assertThat(variant.hashCode()).isEqualTo(a.hashCode());
      } else {
        crossed.merge(a.getClass().getSimpleName() + "." + parts[i].getName(), 1, Integer::sum);
      }
    }
  }

  private static Object[] components(Record value) throws Exception {
    RecordComponent[] parts = value.getClass().getRecordComponents();
    Object[] values = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = parts[i].getAccessor().invoke(value);
    }
    return values;
  }

  private static Record construct(Class<?> type, Object[] values) throws Exception {
    Class<?>[] types =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class[]::new);
    Constructor<?> constructor = type.getDeclaredConstructor(types);
    try {
      return (Record) constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
