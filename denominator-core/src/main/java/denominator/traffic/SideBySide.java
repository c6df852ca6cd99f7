package denominator.traffic;

import denominator.AcrossZones;
import denominator.DNSApi;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Work over targets at several providers, the providers side by side: their targets take turns, one
 * of each provider in turn, each provider's in the order given, so that no provider's targets wait
 * behind another provider's request limit (Route53's 5 requests a second would otherwise hold a
 * PowerDNS that could go ten times faster). Results come back in the targets' order.
 */
final class SideBySide {

  /**
   * {@code work} over every target as {@code across} runs it, the targets taken in turns of their
   * providers ({@code api}, told apart by identity).
   */
  static <T, R> List<R> map(
      AcrossZones across,
      String step,
      List<T> targets,
      Function<? super T, DNSApi> api,
      Function<? super T, ? extends R> work) {
    List<Integer> turns = turns(targets, api);
    List<R> done = across.map(step, turns, i -> work.apply(targets.get(i)));
    List<R> results = new ArrayList<>(Collections.nCopies(targets.size(), null));
    for (int turn = 0; turn < turns.size(); turn++) {
      results.set(turns.get(turn), done.get(turn));
    }
    return results;
  }

  /** The targets' positions in the order they take their turns. */
  private static <T> List<Integer> turns(List<T> targets, Function<? super T, DNSApi> api) {
    Map<DNSApi, Deque<Integer>> byApi = new IdentityHashMap<>();
    List<Deque<Integer>> queues = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      byApi
          .computeIfAbsent(
              api.apply(targets.get(i)),
              provider -> {
                Deque<Integer> queue = new ArrayDeque<>();
                queues.add(queue);
                return queue;
              })
          .add(i);
    }
    List<Integer> turns = new ArrayList<>(targets.size());
    while (turns.size() < targets.size()) {
      for (Deque<Integer> queue : queues) {
        if (!queue.isEmpty()) {
          turns.add(queue.poll());
        }
      }
    }
    return turns;
  }

  private SideBySide() {}
}
