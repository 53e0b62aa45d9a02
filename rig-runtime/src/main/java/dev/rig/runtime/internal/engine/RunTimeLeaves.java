package dev.rig.runtime.internal.engine;

import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The leaves of a project resolved from the registries on its classpath, by the processor's rules:
 * config A overrides config B when A's declaring module recorded it (A extends B, or names B in
 * {@code replaces}), or when A overrides a config that overrides B. The leaves are the configs
 * that no other overrides; two leaves that override one config, neither overriding the other, are
 * a conflict.
 *
 * <p>Each registry is trusted only for the configs its own module declares (the entries at the
 * registry's own depth): those are compiled together with the classes they create, so they are
 * never stale. What a registry copied from its libraries when it was compiled is not read; the
 * libraries' own registries say it afresh.
 */
final class RunTimeLeaves {

  /**
   * Two or more leaves that override {@code contested}, none of them overriding another.
   *
   * @param leaves sorted by class name
   */
  record Conflict(String contested, List<RegisteredConfig> leaves) {}

  /** The leaves (sorted by class name, overrides closed) and the conflicts among them. */
  record Resolution(List<RegisteredConfig> leaves, List<Conflict> conflicts) {}

  private RunTimeLeaves() {}

  /** The configs each registry declares itself, the first declaration of a class winning. */
  static Map<String, RegisteredConfig> declared(List<ConfigRegistry> registries) {
    Map<String, RegisteredConfig> declared = new TreeMap<>();
    for (ConfigRegistry registry : registries) {
      for (RegisteredConfig config : registry.configs()) {
        if (config.depth() == registry.depth()) {
          declared.putIfAbsent(config.className(), config);
        }
      }
    }
    return declared;
  }

  static Resolution resolve(Map<String, RegisteredConfig> declared) {
    Map<String, List<String>> overrides = new LinkedHashMap<>();
    Set<String> overridden = new LinkedHashSet<>();
    for (String name : declared.keySet()) {
      List<String> closed = closure(name, declared);
      overrides.put(name, closed);
      overridden.addAll(closed);
    }
    List<RegisteredConfig> leaves = new ArrayList<>();
    for (RegisteredConfig config : declared.values()) {
      if (!overridden.contains(config.className())) {
        List<String> closed = overrides.get(config.className());
        leaves.add(closed.equals(config.overrides())
            ? config
            : new RegisteredConfig(
                config.className(), config.factory(), closed, config.depth(), config.origin()));
      }
    }
    return new Resolution(leaves, conflicts(leaves));
  }

  /** What {@code name} overrides, nearest first: its own list, then what those override. */
  private static List<String> closure(String name, Map<String, RegisteredConfig> declared) {
    Set<String> result = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>(declared.get(name).overrides());
    for (int i = 0; i < queue.size(); i++) {
      String next = queue.get(i);
      if (!next.equals(name) && result.add(next)) {
        RegisteredConfig config = declared.get(next);
        if (config != null) {
          queue.addAll(config.overrides());
        }
      }
    }
    return List.copyOf(result);
  }

  /**
   * One conflict per set of competing leaves, on the nearest config they all override: two
   * subclasses of MkdocsConfigFile also compete for every superclass of it.
   */
  private static List<Conflict> conflicts(List<RegisteredConfig> leaves) {
    Map<String, List<RegisteredConfig>> overriders = new TreeMap<>();
    for (RegisteredConfig leaf : leaves) {
      for (String name : leaf.overrides()) {
        overriders.computeIfAbsent(name, key -> new ArrayList<>()).add(leaf);
      }
    }
    Map<List<String>, Conflict> nearest = new LinkedHashMap<>();
    for (Map.Entry<String, List<RegisteredConfig>> entry : overriders.entrySet()) {
      List<RegisteredConfig> competing = entry.getValue();
      if (competing.size() < 2) {
        continue;
      }
      List<String> key = competing.stream().map(RegisteredConfig::className).toList();
      Conflict found = nearest.get(key);
      List<String> order = competing.get(0).overrides();
      if (found == null || order.indexOf(entry.getKey()) < order.indexOf(found.contested())) {
        nearest.put(key, new Conflict(entry.getKey(), competing));
      }
    }
    return List.copyOf(nearest.values());
  }
}
