package dev.rig.processor.resolve;

import java.util.List;

/**
 * A config that nothing overrides: the one rig registers for its file.
 *
 * @param config the leaf class
 * @param overrides canonical names of the configs it takes the place of, nearest first
 */
public record Leaf(ConfigClass config, List<String> overrides) {

  public Leaf {
    overrides = List.copyOf(overrides);
  }
}
