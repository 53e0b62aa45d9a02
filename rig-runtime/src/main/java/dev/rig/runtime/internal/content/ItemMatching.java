package dev.rig.runtime.internal.content;

import dev.rig.runtime.content.ItemIdentity;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Pairs the items of a required list with distinct items of an existing list. Comparing and merging
 * share it, so that a merged list is always found to contain what was merged in.
 *
 * <ol>
 *   <li>A required map with an identity ({@link ItemIdentity}) takes a free existing map with the
 *       same identity, whatever else it holds (the first that already contains it, else the first
 *       one): merging updates that item in place.
 *   <li>Every other required item takes a free existing item that contains it. This is a maximum
 *       bipartite matching, so an early required item never takes the only existing item that a
 *       later one could use.
 * </ol>
 */
final class ItemMatching {

  /** For each required item, the index of its existing item, or -1 when it has none. */
  final int[] existingFor;

  /** For each required item, whether it was paired by identity (its content may still differ). */
  final boolean[] byIdentity;

  private final List<Object> existing;
  private final List<Object> required;
  private final ContentRules rules;
  private final int[] requiredFor;
  private boolean[][] fits;

  private ItemMatching(List<Object> existing, List<Object> required, ContentRules rules) {
    this.existing = existing;
    this.required = required;
    this.rules = rules;
    this.existingFor = new int[required.size()];
    this.byIdentity = new boolean[required.size()];
    this.requiredFor = new int[existing.size()];
    Arrays.fill(existingFor, -1);
    Arrays.fill(requiredFor, -1);
  }

  static ItemMatching of(List<Object> existing, List<Object> required, ContentRules rules) {
    ItemMatching matching = new ItemMatching(existing, required, rules);
    matching.pairByIdentity();
    matching.pairByContent();
    return matching;
  }

  @SuppressWarnings("unchecked")
  private void pairByIdentity() {
    ItemIdentity identity = rules.identity();
    for (int r = 0; r < required.size(); r++) {
      if (!(required.get(r) instanceof Map<?, ?> wanted)
          || !identity.identifies((Map<String, Object>) wanted)) {
        continue;
      }
      byIdentity[r] = true;
      int first = -1;
      for (int e = 0; e < existing.size(); e++) {
        if (requiredFor[e] < 0
            && existing.get(e) instanceof Map<?, ?> item
            && identity.sameItem((Map<String, Object>) wanted, (Map<String, Object>) item)) {
          if (Containment.contains(item, wanted, rules)) {
            // Of several items with this identity, one that is already correct is the match.
            first = e;
            break;
          }
          if (first < 0) {
            first = e;
          }
        }
      }
      if (first >= 0) {
        pair(r, first);
      }
    }
  }

  private void pairByContent() {
    fits = new boolean[required.size()][];
    for (int r = 0; r < required.size(); r++) {
      if (byIdentity[r]) {
        continue;
      }
      fits[r] = new boolean[existing.size()];
      for (int e = 0; e < existing.size(); e++) {
        fits[r][e] =
            requiredFor[e] < 0 && Containment.contains(existing.get(e), required.get(r), rules);
      }
    }
    // Items paired by identity never fit here, so augmenting paths never move them.
    for (int r = 0; r < required.size(); r++) {
      if (!byIdentity[r]) {
        augment(r, new boolean[existing.size()]);
      }
    }
  }

  /** Kuhn's augmenting path: finds r a free item, moving earlier pairs along when needed. */
  private boolean augment(int r, boolean[] visited) {
    for (int e = 0; e < existing.size(); e++) {
      if (fits[r][e] && !visited[e]) {
        visited[e] = true;
        if (requiredFor[e] < 0 || augment(requiredFor[e], visited)) {
          pair(r, e);
          return true;
        }
      }
    }
    return false;
  }

  private void pair(int r, int e) {
    existingFor[r] = e;
    requiredFor[e] = r;
  }
}
