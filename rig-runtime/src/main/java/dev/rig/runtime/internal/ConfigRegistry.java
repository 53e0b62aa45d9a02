package dev.rig.runtime.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The leaves of one project, resolved at compile time. rig-processor generates the only
 * implementation a project needs ({@code RigRegistry}) and lists it under
 * {@code META-INF/services/dev.rig.runtime.internal.ConfigRegistry}; the JUnit engine uses the deepest one
 * on the test classpath.
 */
public interface ConfigRegistry {

  /** {@code groupId:artifactId:version} of the project that generated this registry, or empty. */
  String coordinates();

  /** The project's base Java package: where {@code RigRegistry} and {@code RigMain} live. */
  String packageName();

  /** The project's depth: rig-runtime's defaults are 0, a project on them 1, and so on. */
  int depth();

  /** The leaves, in a stable order. */
  List<RegisteredConfig> configs();

  /**
   * The contributions to the leaves' files, sorted by class name. Registries generated before
   * contributions existed have none.
   */
  default List<RegisteredContribution> contributions() {
    return List.of();
  }

  /**
   * {@code groupId:artifactId:version} of the rig libraries the project builds on, shallowest
   * first (rig-runtime's defaults, then each base). This default knows only the libraries that
   * declare one of {@link #configs()} or {@link #contributions()}; the registry the run time
   * resolves from the classpath knows every library there.
   */
  default List<String> bases() {
    Map<String, Integer> depths = new TreeMap<>();
    for (RegisteredConfig config : configs()) {
      if (config.depth() < depth() && !config.origin().isEmpty()) {
        depths.merge(config.origin(), config.depth(), Math::min);
      }
    }
    for (RegisteredContribution contribution : contributions()) {
      if (contribution.depth() < depth() && !contribution.origin().isEmpty()) {
        depths.merge(contribution.origin(), contribution.depth(), Math::min);
      }
    }
    return depths.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
