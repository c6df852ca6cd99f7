package denominator.benchmarks.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * The floor of scenario 1: what a careful engineer writes with the AWS SDK v2 alone. Lists the zone
 * once, then moves every us-east location to us-west (DELETE the us-east record set, CREATE the
 * same location with us-west's values), keeping each name's changes in one batch of at most 1,000
 * records, and waits for every batch to be INSYNC.
 */
final class SdkEvacuation {
  private static final int MAX_RECORDS = 1000;

  static void run(Route53Client route53, String zoneId) throws InterruptedException {
    Map<String, List<ResourceRecordSet>> byName = new LinkedHashMap<>();
    route53
        .listResourceRecordSetsPaginator(r -> r.hostedZoneId(zoneId))
        .resourceRecordSets()
        .forEach(set -> byName.computeIfAbsent(set.name(), k -> new ArrayList<>()).add(set));

    List<String> changeIds = new ArrayList<>();
    List<Change> batch = new ArrayList<>();
    int records = 0;
    for (List<ResourceRecordSet> sets : byName.values()) {
      List<Change> moves = moves(sets);
      int size = moves.stream().mapToInt(c -> c.resourceRecordSet().resourceRecords().size()).sum();
      if (records + size > MAX_RECORDS && !batch.isEmpty()) {
        changeIds.add(send(route53, zoneId, batch));
        batch = new ArrayList<>();
        records = 0;
      }
      batch.addAll(moves);
      records += size;
    }
    if (!batch.isEmpty()) {
      changeIds.add(send(route53, zoneId, batch));
    }
    for (String id : changeIds) {
      while (route53.getChange(r -> r.id(id)).changeInfo().status() != ChangeStatus.INSYNC) {
        Thread.sleep(100);
      }
    }
  }

  private static List<Change> moves(List<ResourceRecordSet> sets) {
    ResourceRecordSet west =
        sets.stream().filter(s -> id(s).startsWith("us-west@")).findFirst().orElse(null);
    List<Change> deletes = new ArrayList<>();
    List<Change> creates = new ArrayList<>();
    for (ResourceRecordSet set : sets) {
      if (west != null && id(set).startsWith("us-east@")) {
        deletes.add(Change.builder().action(ChangeAction.DELETE).resourceRecordSet(set).build());
        creates.add(
            Change.builder()
                .action(ChangeAction.CREATE)
                .resourceRecordSet(
                    set.toBuilder()
                        .setIdentifier("us-west@" + id(set).substring("us-east@".length()))
                        .ttl(west.ttl())
                        .resourceRecords(west.resourceRecords())
                        .build())
                .build());
      }
    }
    deletes.addAll(creates); // a location must be free before another set claims it
    return deletes;
  }

  private static String id(ResourceRecordSet set) {
    return set.setIdentifier() == null ? "" : set.setIdentifier();
  }

  private static String send(Route53Client route53, String zoneId, List<Change> batch) {
    return route53
        .changeResourceRecordSets(r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(batch)))
        .changeInfo()
        .id();
  }

  private SdkEvacuation() {}
}
