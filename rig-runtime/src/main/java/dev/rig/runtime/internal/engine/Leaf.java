package dev.rig.runtime.internal.engine;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.RegisteredContribution;
import dev.rig.runtime.internal.RuntimeAccess;
import java.nio.file.Path;
import java.util.List;

/**
 * A leaf of the registry, instantiated, with its file checked to lie inside the root.
 *
 * @param registered the registry's entry
 * @param config the instance, with the project attached
 * @param path the file's path relative to the root, with {@code /}
 * @param target where the file really is (symbolic links inside the root resolved)
 */
record Leaf(
    RegisteredConfig registered,
    ConfigFile<?> config,
    String path,
    Path target,
    List<RegisteredContribution> contributions) {

  Leaf(RegisteredConfig registered, ConfigFile<?> config, String path, Path target) {
    this(registered, config, path, target, List.of());
  }

  /** The path as rig prints it: see {@link PrintedPaths}. */
  String shownPath() {
    return PrintedPaths.of(path);
  }

  ManagedFile managedFile() {
    return new ManagedFile(path, registered, RuntimeAccess.get().order(config), contributions);
  }
}
