package dev.rig.processor.index;

/**
 * A config class found in the index of a compiled dependency.
 *
 * @param config canonical name of the config class
 * @param depth depth of the module that declared it
 * @param coordinates {@code groupId:artifactId:version} of that module, or empty when unknown
 */
public record IndexedConfig(String config, int depth, String coordinates) {}
