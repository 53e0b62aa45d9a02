package dev.rig.processor.index;

import java.util.List;
import java.util.Optional;

/**
 * What the index says about one config of this module, for the compilations that depend on it.
 *
 * @param config canonical name of the config class
 * @param parent canonical name of its nearest superclass that is a config, if any
 * @param replaces canonical names of the configs it names in {@code replaces}
 */
public record ConfigEntry(String config, Optional<String> parent, List<String> replaces) {

  public ConfigEntry {
    replaces = List.copyOf(replaces);
  }
}
