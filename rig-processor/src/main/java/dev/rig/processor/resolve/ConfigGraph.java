package dev.rig.processor.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Every config class of this compilation and of its classpath, and who overrides whom.
 *
 * <p>Config A <em>overrides</em> config B when A extends B (directly or not), or names B in
 * {@code replaces}, or overrides a config that overrides B: A takes the place of everything the
 * class it replaces stood for.
 */
public final class ConfigGraph {

  private final Map<String, ConfigClass> configs = new TreeMap<>();
  /** The config superclasses of each config, once computed. */
  private final Map<String, List<String>> chains = new HashMap<>();

  public ConfigGraph(Collection<ConfigClass> configs) {
    for (ConfigClass config : configs) {
      this.configs.putIfAbsent(config.name(), config);
    }
  }

  /** Every config, sorted by canonical name. */
  public Collection<ConfigClass> all() {
    return configs.values();
  }

  public Optional<ConfigClass> get(String name) {
    return Optional.ofNullable(configs.get(name));
  }

  public boolean isConfig(String name) {
    return configs.containsKey(name);
  }

  /** Canonical names of every superclass of {@code type}, nearest first, configs or not. */
  public static List<String> superclasses(TypeElement type) {
    List<String> names = new ArrayList<>();
    TypeMirror superclass = type.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
      names.add(element.getQualifiedName().toString());
      superclass = element.getSuperclass();
    }
    return names;
  }

  /** The configs among the superclasses of the config {@code name}, nearest first. */
  public List<String> configSuperclasses(String name) {
    List<String> chain = chains.get(name);
    if (chain == null) {
      chains.put(name, List.of()); // a malformed index that runs in a circle ends here
      ConfigClass config = configs.get(name);
      chain = config == null ? List.of() : chainFrom(name, config.superclasses());
      chains.put(name, chain);
    }
    return chain;
  }

  /** The configs among the superclasses of {@code type}, config or not, nearest first. */
  public List<String> configSuperclasses(TypeElement type) {
    return chainFrom(type.getQualifiedName().toString(), superclasses(type));
  }

  /** The nearest config among {@code superclasses}, then the configs it extends. */
  private List<String> chainFrom(String name, List<String> superclasses) {
    for (String superclass : superclasses) {
      if (isConfig(superclass) && !superclass.equals(name)) {
        List<String> chain = new ArrayList<>();
        chain.add(superclass);
        chain.addAll(configSuperclasses(superclass));
        return List.copyOf(chain);
      }
    }
    return List.of();
  }

  /**
   * Canonical names of every config that {@code name} overrides, nearest first: its config
   * superclasses, then each class named in {@code replaces} (its own, then its superclasses')
   * followed by what that class overrides. Contains {@code name} itself only when overriding runs
   * in a circle.
   */
  public List<String> overrides(String name) {
    Set<String> result = new LinkedHashSet<>();
    collectOverrides(name, result, new HashSet<>());
    return List.copyOf(result);
  }

  private void collectOverrides(String name, Set<String> result, Set<String> visited) {
    ConfigClass config = configs.get(name);
    if (config == null || !visited.add(name)) {
      return;
    }
    List<String> chain = configSuperclasses(name);
    result.addAll(chain);
    List<String> self = new ArrayList<>();
    self.add(name);
    self.addAll(chain);
    for (String member : self) {
      for (String replaced : configs.get(member).replaces()) {
        if (isConfig(replaced)) {
          result.add(replaced);
          collectOverrides(replaced, result, visited);
        }
      }
    }
  }
}
