package dev.rig.runtime.engine;

import dev.rig.runtime.RegisteredConfig;

/**
 * A file rig manages and the leaf that manages it.
 *
 * @param path the file's path relative to the root, with {@code /} separators
 * @param config the leaf, as the registry lists it
 * @param priority the leaf's {@code priority()}: higher ones are synced first
 */
public record ManagedFile(String path, RegisteredConfig config, int priority) {}
