package dev.rig.runtime.internal.content;

import dev.rig.runtime.content.Edit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One list being merged by {@link Merger}: its items, the base's and the required ones, and how
 * they pair. Required items pair with the file's items as {@link ItemMatching} says; with the base's
 * by identity, else by content. A required item without identity that nothing pairs with takes the
 * place of a base item of the same shape that is no longer required (a changed cron schedule), and
 * base items nothing stands for any more are removed where the file holds them as rig wrote them.
 */
final class ListMerge {

  private final Merger merger;
  private final List<Object> path;
  private final List<Object> items;
  private final boolean single;
  private final List<Object> base;
  private final List<Object> required;
  /** Whether the key of the list is required: removing its last item must leave the key. */
  private final boolean keyRequired;
  private final ItemMatching matching;
  /** Items of the file that a required item has taken. */
  private final boolean[] taken;
  /** For each required item, its base item, or -1. */
  private final int[] baseFor;
  /** For each required item, the file's item it replaces in place, or -1. */
  private final int[] replaces;
  /** Base items that a required item stands for. */
  private final boolean[] basePaired;
  private boolean anyAdded;

  ListMerge(
      Merger merger,
      List<Object> path,
      Object actual,
      List<Object> base,
      List<Object> required,
      boolean keyRequired) {
    this.merger = merger;
    this.path = path;
    this.keyRequired = keyRequired;
    this.items = Merger.asList(actual);
    this.single = !(actual instanceof List);
    this.base = base;
    this.required = required;
    this.matching = ItemMatching.of(items, required, merger.rules);
    this.taken = new boolean[items.size()];
    this.baseFor = new int[required.size()];
    this.replaces = new int[required.size()];
    this.basePaired = new boolean[base.size()];
    Arrays.fill(baseFor, -1);
    Arrays.fill(replaces, -1);
    for (int e : matching.existingFor) {
      if (e >= 0) {
        taken[e] = true;
      }
    }
  }

  /** Each required item's base item: the same identity, else the same content. */
  void pairWithBase() {
    for (int r = 0; r < required.size(); r++) {
      if (merger.identified(required.get(r))) {
        for (int b = 0; b < base.size() && baseFor[r] < 0; b++) {
          if (!basePaired[b] && merger.sameIdentity(required.get(r), base.get(b))) {
            pairBase(r, b);
          }
        }
      }
    }
    for (int r = 0; r < required.size(); r++) {
      for (int b = 0; b < base.size() && baseFor[r] < 0; b++) {
        if (!basePaired[b] && Scalars.sameContent(base.get(b), required.get(r))) {
          pairBase(r, b);
        }
      }
    }
  }

  private void pairBase(int r, int b) {
    baseFor[r] = b;
    basePaired[b] = true;
  }

  /**
   * A new required item without identity takes the place of a base item of the same shape that
   * is no longer required, where the file still holds it: a changed cron schedule replaces the
   * old one instead of running beside it.
   */
  void replaceChangedItems() {
    for (int r = 0; r < required.size(); r++) {
      Object wanted = required.get(r);
      if (matching.existingFor[r] >= 0 || baseFor[r] >= 0 || merger.identified(wanted)) {
        continue;
      }
      for (int b = 0; b < base.size(); b++) {
        Object before = base.get(b);
        if (basePaired[b] || merger.identified(before) || !Merger.sameShape(before, wanted)) {
          continue;
        }
        int e = locate(before);
        if (e < 0) {
          // The user added to the item: it is still the one to change, and keeps the additions.
          e = locateChanged(before);
        }
        if (e >= 0) {
          pairBase(r, b);
          replaces[r] = e;
          taken[e] = true;
          break;
        }
      }
    }
    for (int r = 0; r < required.size(); r++) {
      anyAdded |= matching.existingFor[r] < 0 && replaces[r] < 0;
    }
  }

  void mergeRequired() {
    List<Integer> removed = findDropped();
    if (single && removed.contains(0) && anyAdded) {
      // The one value goes and new ones come: it is replaced by them.
      List<Object> added = new ArrayList<>();
      for (int r = 0; r < required.size(); r++) {
        if (matching.existingFor[r] < 0 && replaces[r] < 0) {
          added.add(Merger.copy(required.get(r)));
        }
      }
      boolean one = added.size() == 1 && !(added.get(0) instanceof List);
      merger.edits.add(new Edit.Set(path, one ? added.get(0) : added));
      return;
    }
    for (int r = 0; r < required.size(); r++) {
      int e = matching.existingFor[r] >= 0 ? matching.existingFor[r] : replaces[r];
      Object before = baseFor[r] >= 0 ? base.get(baseFor[r]) : Merger.NO_BASE;
      if (e < 0) {
        merger.edits.add(Edit.Add.item(path, Merger.copy(required.get(r)), items.size()));
      } else if (matching.byIdentity[r] || replaces[r] >= 0) {
        merger.merge(itemPath(e), items.get(e), before, required.get(r));
      }
    }
    for (int e : removed) {
      merger.edits.add(new Edit.Remove(keyRequired ? Merger.child(path, e) : itemPath(e)));
    }
  }

  /**
   * Base items nothing required stands for any more: the file's items that hold them as rig wrote
   * them, to be removed; those the user changed are kept and reported.
   */
  List<Integer> findDropped() {
    List<Integer> removed = new ArrayList<>();
    for (int b = 0; b < base.size(); b++) {
      if (basePaired[b]) {
        continue;
      }
      Object before = base.get(b);
      int e = locate(before);
      if (e >= 0) {
        taken[e] = true;
        removed.add(e);
        continue;
      }
      int changed = locateChanged(before);
      if (changed < 0) {
        changed = locateEdited(before);
      }
      if (changed >= 0) {
        taken[changed] = true;
        merger.keep(itemPath(changed), items.get(changed));
      }
    }
    return removed;
  }

  /**
   * A free map with the same keys as {@code before} that no base item stands for: most likely
   * {@code before} with a value the user changed. Only ever reported, never changed.
   */
  private int locateEdited(Object before) {
    for (int e = 0; e < items.size(); e++) {
      Object item = items.get(e);
      if (!taken[e]
          && item instanceof Map
          && Merger.sameShape(item, before)
          && base.stream().noneMatch(other -> Scalars.sameContent(other, item))) {
        return e;
      }
    }
    return -1;
  }

  /** A free item of the file that holds {@code before} exactly, or -1. */
  private int locate(Object before) {
    for (int e = 0; e < items.size(); e++) {
      if (!taken[e] && Scalars.sameContent(items.get(e), before)) {
        return e;
      }
    }
    return -1;
  }

  /** A free item that is {@code before} changed by the user: same identity, or more content. */
  private int locateChanged(Object before) {
    for (int e = 0; e < items.size(); e++) {
      if (!taken[e]
          && (merger.identified(before)
              ? merger.sameIdentity(before, items.get(e))
              : Containment.contains(items.get(e), before, merger.rules))) {
        return e;
      }
    }
    return -1;
  }

  /** A single value is addressed as itself, unless items are added beside it. */
  private List<Object> itemPath(int e) {
    return single && !anyAdded ? path : Merger.child(path, e);
  }
}
