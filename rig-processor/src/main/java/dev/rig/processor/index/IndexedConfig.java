package dev.rig.processor.index;

import java.util.List;
import java.util.Optional;

/**
 * A config class found in the index of a compiled dependency: everything rig needs to resolve
 * leaves without loading the class.
 *
 * @param config canonical name of the config class
 * @param parent canonical name of its nearest superclass that is a config, if any
 * @param replaces canonical names of the configs it names in {@code replaces}
 * @param module the module that declared it, whose registry creates it
 */
public record IndexedConfig(
    String config, Optional<String> parent, List<String> replaces, IndexedModule module) {

  public IndexedConfig {
    replaces = List.copyOf(replaces);
  }
}
