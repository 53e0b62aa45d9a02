package dev.rig.processor.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the configs that nothing overrides (the leaves) and finds the configs whose leaves
 * compete. Expects a graph without circles: {@code ReplacesValidator} reports those first.
 */
public final class LeafResolver {

  private LeafResolver() {}

  public static Resolution resolve(ConfigGraph graph) {
    Map<String, List<String>> overrides = new LinkedHashMap<>();
    Set<String> overridden = new HashSet<>();
    for (ConfigClass config : graph.all()) {
      List<String> list = graph.overrides(config.name());
      overrides.put(config.name(), list);
      overridden.addAll(list);
    }

    List<Leaf> leaves = new ArrayList<>();
    for (ConfigClass config : graph.all()) {
      if (!overridden.contains(config.name())) {
        leaves.add(new Leaf(config, overrides.get(config.name())));
      }
    }
    return new Resolution(leaves, conflicts(graph, leaves, overrides));
  }

  private static List<Conflict> conflicts(
      ConfigGraph graph, List<Leaf> leaves, Map<String, List<String>> overrides) {
    // One pass over what each leaf overrides, not one over every leaf for each config.
    Map<String, List<ConfigClass>> overriders = new HashMap<>();
    for (Leaf leaf : leaves) {
      for (String overridden : leaf.overrides()) {
        overriders.computeIfAbsent(overridden, name -> new ArrayList<>()).add(leaf.config());
      }
    }
    List<Conflict> candidates = new ArrayList<>();
    for (ConfigClass config : graph.all()) {
      List<ConfigClass> competing = overriders.getOrDefault(config.name(), List.of());
      if (competing.size() > 1) {
        candidates.add(new Conflict(config, competing));
      }
    }
    // Two leaves of MkdocsConfigFile also compete for each of its superclasses: report the
    // nearest contested config only, once per set of competing leaves.
    List<Conflict> conflicts = new ArrayList<>();
    for (Conflict candidate : candidates) {
      boolean nearerExists =
          candidates.stream()
              .anyMatch(
                  other ->
                      other != candidate
                          && other.leaves().equals(candidate.leaves())
                          && overrides
                              .get(other.contested().name())
                              .contains(candidate.contested().name()));
      if (!nearerExists) {
        conflicts.add(candidate);
      }
    }
    return conflicts;
  }
}
