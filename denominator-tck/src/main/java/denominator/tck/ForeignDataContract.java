package denominator.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.DenominatorException;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.rdata.ProviderRData;
import denominator.zonefile.ZoneFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fidelity contract (docs/FIDELITY.md): a zone holding data written the vendor's own way,
 * bypassing the library (sets and fields the model does not express among them), is listed whole,
 * exports whole, and survives byte for byte every write that was not asked to change it.
 *
 * <p>A provider's test says how to reach the provider ({@link ProviderUnderTest}), seeds a zone
 * through the vendor's own interface (the simulator's or the server's API, a zone file, a DNS
 * UPDATE sent by other software) and reads the vendor's state back the same way, one entry per
 * record or vendor object, so that the comparison sees what the vendor holds and not what the
 * library makes of it.
 */
public abstract class ForeignDataContract {
  private DNSApiManager manager;
  private Seeded seeded;

  /** The provider under test; its manager is opened after {@link #seed()}, once per test. */
  protected abstract ProviderUnderTest target();

  /**
   * Creates (or lends) a zone and fills it the vendor's own way with foreign data, including what
   * the model does not express; called once per test, before the manager is opened.
   */
  protected abstract Seeded seed();

  /**
   * What the vendor holds in the zone, read the vendor's own way: one entry per record or vendor
   * object, keyed by what identifies it (name, type, vendor identifier, value), valued by every
   * field the vendor keeps, as the vendor gives them. The SOA, whose serial moves on every write,
   * is left out.
   */
  protected abstract Map<String, String> vendorState(Seeded zone);

  /** Deletes or empties the seeded zone after the test. */
  protected abstract void giveBack(Seeded zone);

  /**
   * A seeded zone and the keys of the record sets the vendor holds in it, as the provider lists
   * them (a Route53 geo set's members under one key, a foreign SetIdentifier verbatim).
   */
  public record Seeded(Zone zone, Set<RecordSetKey> keys) {
    public Seeded {
      keys = Set.copyOf(keys);
    }
  }

  @BeforeEach
  final void seedAndOpen() {
    seeded = seed();
    manager = target().connect();
  }

  @AfterEach
  final void giveBackAndClose() {
    try {
      giveBack(seeded);
    } finally {
      manager.close();
    }
  }

  private DNSApi api() {
    return manager.api();
  }

  private List<ResourceRecordSet> listed() {
    List<ResourceRecordSet> sets = new ArrayList<>();
    api().recordSets(seeded.zone().id()).iterator().forEachRemaining(sets::add);
    return sets;
  }

  @Test
  void theListingShowsEverySetTheVendorHolds() {
    List<ResourceRecordSet> listed = listed();

    assertThat(listed)
        .extracting(ResourceRecordSet::key)
        .containsAll(seeded.keys())
        .doesNotHaveDuplicates();
    for (RecordSetKey key : seeded.keys()) {
      List<ResourceRecordSet> byName = new ArrayList<>();
      api()
          .recordSets(seeded.zone().id())
          .iterateByNameAndType(key.name(), key.type())
          .forEachRemaining(byName::add);
      assertThat(byName)
          .extracting(ResourceRecordSet::key)
          .as("sets of %s %s", key.name(), key.type())
          .contains(key);
    }
  }

  @Test
  void anExportIsWholeAndNamesEverySet() {
    StringBuilder out = new StringBuilder();
    List<ResourceRecordSet> listed = listed();

    ZoneFile.write(seeded.zone(), listed, out);

    for (ResourceRecordSet set : listed) {
      for (var record : set.records()) {
        assertThat(out)
            .as("export of %s", set.key())
            .contains(set.name() + "\t")
            .contains("\t" + set.type() + "\t" + record);
      }
    }
    List<ResourceRecordSet> plain =
        listed.stream()
            .filter(
                s ->
                    s.qualifier().isEmpty()
                        && s.providerData().isEmpty()
                        && s.records().stream().noneMatch(r -> r instanceof ProviderRData))
            .toList();
    assertThat(ZoneFile.parse(out.toString(), seeded.zone().name(), 3600))
        .extracting(ResourceRecordSet::key)
        .containsAll(plain.stream().map(ResourceRecordSet::key).toList());
  }

  @Test
  void unrelatedWritesLeaveForeignDataAsItWas() {
    Map<String, String> before = vendorState(seeded);
    String name = "unrelated-fidelity." + seeded.zone().name();
    ResourceRecordSet unrelated =
        ResourceRecordSet.builder().name(name).type("A").ttl(300).add("192.0.2.77").build();

    apply(ChangeSet.builder().put(unrelated).build());
    apply(
        ChangeSet.builder()
            .put(unrelated.toBuilder().records(List.of()).add("192.0.2.78").build())
            .build());
    apply(ChangeSet.builder().delete(unrelated.key()).build());

    assertSameVendorState(before, vendorState(seeded));
  }

  @Test
  void neighbouringWritesLeaveForeignDataAsItWas() {
    Map<String, String> before = vendorState(seeded);
    Set<String> seededNames =
        seeded.keys().stream()
            .map(RecordSetKey::name)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<RecordSetKey> taken = Set.copyOf(seeded.keys());
    List<ResourceRecordSet> neighbours = new ArrayList<>();
    for (String name : seededNames) {
      for (String type : List.of("AAAA", "SSHFP")) {
        if (taken.stream().noneMatch(k -> k.name().equals(name) && k.type().equals(type))
            && taken.stream().noneMatch(k -> k.name().equals(name) && k.type().equals("CNAME"))) {
          neighbours.add(
              ResourceRecordSet.builder()
                  .name(name)
                  .type(type)
                  .ttl(300)
                  .add(type.equals("AAAA") ? "2001:db8::77" : "1 1 " + "AB".repeat(20))
                  .build());
          break;
        }
      }
    }
    assertThat(neighbours).as("names beside the seeded sets to write at").isNotEmpty();

    ChangeSet.Builder puts = ChangeSet.builder();
    ChangeSet.Builder deletes = ChangeSet.builder();
    neighbours.forEach(
        n -> {
          puts.put(n);
          deletes.delete(n.key());
        });
    apply(puts.build());
    apply(deletes.build());

    assertSameVendorState(before, vendorState(seeded));
  }

  @Test
  void puttingBackWhatWasListedChangesNothing() {
    Map<String, String> before = vendorState(seeded);

    for (ResourceRecordSet set : listed()) {
      if (set.type().equals("SOA")) {
        continue;
      }
      if (set.providerData().containsKey(ResourceRecordSet.ROUTING)) {
        assertThatThrownBy(
                () ->
                    apply(
                        ChangeSet.builder()
                            .put(set.toBuilder().ttl(set.ttl().orElse(300) + 1).build())
                            .build()))
            .as("changing provider-routed %s", set.key())
            .isInstanceOf(DenominatorException.class);
        continue;
      }
      apply(ChangeSet.builder().put(set).build());
    }

    assertSameVendorState(before, vendorState(seeded));
  }

  @Test
  void puttingASetWithoutItsProviderDataKeepsIt() {
    Map<String, String> before = vendorState(seeded);
    List<ResourceRecordSet> withData =
        listed().stream()
            .filter(
                s ->
                    !s.providerData().isEmpty()
                        && !s.providerData().containsKey(ResourceRecordSet.ROUTING))
            .toList();

    for (ResourceRecordSet set : withData) {
      apply(ChangeSet.builder().put(set.toBuilder().providerData(Map.of()).build()).build());
    }

    assertSameVendorState(before, vendorState(seeded));
  }

  private void apply(ChangeSet changes) {
    api()
        .apply(seeded.zone().id(), changes, ApplyMode.ATOMIC)
        .await(Duration.ofMinutes(1))
        .orThrow();
  }

  private static void assertSameVendorState(Map<String, String> before, Map<String, String> after) {
    Map<String, String> lost = new LinkedHashMap<>(before);
    lost.keySet().removeAll(after.keySet());
    Map<String, String> changed = new LinkedHashMap<>();
    before.forEach(
        (key, value) -> {
          if (after.containsKey(key) && !after.get(key).equals(value)) {
            changed.put(key, value + "\n   now: " + after.get(key));
          }
        });
    Map<String, String> added = new LinkedHashMap<>(after);
    added.keySet().removeAll(before.keySet());
    if (!lost.isEmpty() || !changed.isEmpty() || !added.isEmpty()) {
      fail(
          "the vendor's data changed:\n lost: "
              + lost
              + "\n changed: "
              + changed
              + "\n added: "
              + added);
    }
  }
}
