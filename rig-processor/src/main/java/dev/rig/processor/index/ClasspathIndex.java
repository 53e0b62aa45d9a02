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
 * @param mainOutput the modules among {@code modules} whose marker is in the main output folder
 *     beside this compilation's own (see {@link OutputFolders}): when there is one, this is that
 *     module's test compilation
 */
public record ClasspathIndex(
    List<IndexedConfig> configs,
    List<IndexedModule> modules,
    List<String> ownConfigs,
    List<String> olderMarkers,
    List<IndexedModule> mainOutput) {

  public ClasspathIndex {
    configs = List.copyOf(configs);
    modules = List.copyOf(modules);
    ownConfigs = List.copyOf(ownConfigs);
    olderMarkers = List.copyOf(olderMarkers);
    mainOutput = List.copyOf(mainOutput);
  }

  public ClasspathIndex(
      List<IndexedConfig> configs, List<IndexedModule> modules, List<String> ownConfigs) {
    this(configs, modules, ownConfigs, List.of(), List.of());
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
   * compilation. The layout of the output folders decides first: a marker in the main output
   * folder beside this compilation's is this module's, whatever its package and coordinates say
   * (the main compilation may have run before a sync added {@code -Arig.coordinates}, or with
   * another version). Only when the layout says nothing (an unusual output folder, an in-memory
   * file manager) do the coordinates decide, without the version; and only when either side has
   * none, the registry package.
   */
  public Optional<IndexedModule> sameModule(String coordinates, String registryPackage) {
    if (!mainOutput.isEmpty()) {
      return Optional.of(mainOutput.get(mainOutput.size() - 1));
    }
    return modules.stream()
        .filter(
            module ->
                coordinates.isEmpty() || module.coordinates().isEmpty()
                    ? module.registryPackage().equals(registryPackage)
                    : withoutVersion(module.coordinates()).equals(withoutVersion(coordinates)))
        .findFirst();
  }

  private static String withoutVersion(String coordinates) {
    int last = coordinates.lastIndexOf(':');
    return last < 0 ? coordinates : coordinates.substring(0, last);
  }

  /** A registry of another module that has the very name this compilation would generate. */
  public Optional<IndexedModule> registryNamed(String registryName) {
    return modules.stream().filter(module -> module.registry().equals(registryName)).findFirst();
  }
}
