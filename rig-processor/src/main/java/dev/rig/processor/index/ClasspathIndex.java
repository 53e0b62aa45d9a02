package dev.rig.processor.index;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the markers on the compile classpath say. Read once, in the first round, before this
 * compilation adds markers of its own.
 *
 * @param configs the configs of the dependencies
 * @param modules the dependencies that generated a registry, and the main output of this module
 *     when this is its test compilation
 * @param ownConfigs canonical names of configs that an earlier, incremental compilation of this
 *     very module left in its output folder: part of this module, not of a dependency
 * @param olderMarkers simple names of markers that an older rig-processor wrote, one per config,
 *     which this one cannot read
 */
public record ClasspathIndex(
    List<IndexedConfig> configs,
    List<IndexedModule> modules,
    List<String> ownConfigs,
    List<String> olderMarkers) {

  public ClasspathIndex {
    configs = List.copyOf(configs);
    modules = List.copyOf(modules);
    ownConfigs = List.copyOf(ownConfigs);
    olderMarkers = List.copyOf(olderMarkers);
  }

  public ClasspathIndex(
      List<IndexedConfig> configs, List<IndexedModule> modules, List<String> ownConfigs) {
    this(configs, modules, ownConfigs, List.of());
  }

  /**
   * The depth of a module compiled against this classpath: one more than the deepest module on
   * it, or 0 when there is none (rig-runtime itself).
   */
  public int nextDepth() {
    return Stream.concat(
            configs.stream().map(config -> config.module().depth()),
            modules.stream().map(IndexedModule::depth))
        .mapToInt(depth -> depth + 1)
        .max()
        .orElse(0);
  }

  /**
   * The module on the classpath that is the one being compiled, when this compilation is its test
   * compilation: the same coordinates, or the same registry package when either side has no
   * coordinates.
   */
  public Optional<IndexedModule> sameModule(String coordinates, String registryPackage) {
    return modules.stream()
        .filter(
            module ->
                coordinates.isEmpty() || module.coordinates().isEmpty()
                    ? module.registryPackage().equals(registryPackage)
                    : module.coordinates().equals(coordinates))
        .findFirst();
  }

  /** A registry of another module that has the very name this compilation would generate. */
  public Optional<IndexedModule> registryNamed(String registryName) {
    return modules.stream().filter(module -> module.registry().equals(registryName)).findFirst();
  }
}
