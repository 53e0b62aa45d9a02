package dev.rig.processor.resolve;

import java.util.List;

/**
 * A config that two or more leaves override, none of them overriding the others: rig cannot tell
 * which one should manage the file.
 *
 * @param contested the config they all override
 * @param leaves the competing leaves, sorted by canonical name
 */
public record Conflict(ConfigClass contested, List<ConfigClass> leaves) {

  public Conflict {
    leaves = List.copyOf(leaves);
  }
}
