package dev.rig.processor.index;

import java.util.List;

/**
 * A contribution class found in the index of a compiled dependency.
 *
 * @param name canonical name of the contribution class
 * @param target canonical name of the config it adds to
 * @param replaces canonical names of the contributions it replaces
 * @param module the module that declared it, whose registry creates it
 */
public record IndexedContribution(
    String name, String target, List<String> replaces, IndexedModule module) {

  public IndexedContribution {
    replaces = List.copyOf(replaces);
  }
}
