package dev.rig.runtime.internal.engine;

import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.RegisteredContribution;
import java.util.List;

/**
 * A file rig manages and the leaf that manages it.
 *
 * @param path the file's path relative to the root, with {@code /} separators
 * @param config the leaf, as the registry lists it
 * @param priority the leaf's {@code priority()}: higher ones are synced first
 * @param contributions the contributions that add to the file, in the order they apply
 */
public record ManagedFile(
    String path, RegisteredConfig config, int priority, List<RegisteredContribution> contributions) {

  public ManagedFile {
    contributions = List.copyOf(contributions);
  }

  public ManagedFile(String path, RegisteredConfig config, int priority) {
    this(path, config, priority, List.of());
  }
}
