package denominator.tck;

import static denominator.tck.RecordSetContract.a;
import static org.assertj.core.api.Assertions.assertThat;

import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Listing past several pages returns every set exactly once. */
public abstract class PagingContract extends Contract {
  /** More than three pages of the usual 300 or 100 sets per page. */
  protected static final int SETS = 1201;

  @Test
  void listingReturnsEverySetExactlyOnce() {
    Zone zone = newZone();
    int batch = metadata().maxChangesPerBatch();
    for (int start = 0; start < SETS; start += batch) {
      ChangeSet.Builder changes = ChangeSet.builder();
      for (int i = start; i < Math.min(SETS, start + batch); i++) {
        changes.put(a("host-" + i + "." + zone.name(), 300, "192.0.2." + (i % 250 + 1)));
      }
      assertThat(
              api()
                  .apply(zone.id(), changes.build(), ApplyMode.ATOMIC)
                  .await(Duration.ofMinutes(2))
                  .succeeded())
          .isTrue();
    }

    List<ResourceRecordSet> listed = list(api().recordSets(zone.id()));

    Set<RecordSetKey> keys = new HashSet<>();
    listed.forEach(set -> assertThat(keys.add(set.key())).as("listed twice: %s", set).isTrue());
    for (int i = 0; i < SETS; i++) {
      assertThat(keys).contains(RecordSetKey.of("host-" + i + "." + zone.name(), "A"));
    }
  }
}
