package dev.rig.runtime.internal.engine;

import dev.rig.runtime.Contribution;
import dev.rig.runtime.Project;
import dev.rig.runtime.internal.RegisteredContribution;
import dev.rig.runtime.internal.RuntimeAccess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hands each leaf the contributions that add to its file: those whose target is the leaf or a
 * config it overrides, less those another contribution replaces, in the order they apply (depth
 * of the declaring project, then class name).
 */
final class Contributions {

  /** The order contributions apply in: shallowest project first, then by class name. */
  static final Comparator<RegisteredContribution> ORDER =
      Comparator.comparingInt(RegisteredContribution::depth)
          .thenComparing(RegisteredContribution::className);

  private Contributions() {}

  /** What {@code contributions} leave in force: those no other one replaces, in {@link #ORDER}. */
  static List<RegisteredContribution> inForce(List<RegisteredContribution> contributions) {
    Set<String> replaced = new HashSet<>();
    contributions.forEach(contribution -> replaced.addAll(contribution.replaces()));
    List<RegisteredContribution> kept = new ArrayList<>();
    for (RegisteredContribution contribution : contributions) {
      if (!replaced.contains(contribution.className())) {
        kept.add(contribution);
      }
    }
    kept.sort(ORDER);
    return kept;
  }

  static List<Leaf> attach(
      List<Leaf> leaves,
      List<RegisteredContribution> registered,
      Project project,
      Problems problems) {
    List<RegisteredContribution> remaining = new ArrayList<>(inForce(registered));
    List<Leaf> attached = new ArrayList<>();
    for (Leaf leaf : leaves) {
      List<RegisteredContribution> mine = new ArrayList<>();
      Map<String, Contribution<?>> instances = new LinkedHashMap<>();
      for (RegisteredContribution contribution : inForce(registered)) {
        if (!contribution.appliesTo(leaf.registered())) {
          continue;
        }
        remaining.remove(contribution);
        try {
          Contribution<?> instance = contribution.factory().get();
          RuntimeAccess.get().attach(instance, project);
          instances.put(contribution.className(), instance);
          mine.add(contribution);
        } catch (RuntimeException | LinkageError e) {
          problems.add(
              "the contribution " + contribution.className() + " to " + leaf.shownPath()
                  + " could not be created: " + Problems.describe(e),
              "fix the contribution class, or remove the dependency that brings it");
        }
      }
      RuntimeAccess.get().contributions(leaf.config(), instances);
      attached.add(mine.isEmpty()
          ? leaf
          : new Leaf(leaf.registered(), leaf.config(), leaf.path(), leaf.target(), mine));
    }
    for (RegisteredContribution orphan : remaining) {
      problems.add(
          "[RigContributionTarget] the contribution "
              + orphan.className()
              + (orphan.origin().isEmpty() ? "" : " (from " + orphan.origin() + ")")
              + " adds to "
              + orphan.target()
              + ", which no config of this project manages",
          "add the library that declares " + orphan.target()
              + " to the project, or remove the dependency that brings " + orphan.className());
    }
    return attached;
  }
}
