package dev.rig.processor.resolve;

import java.util.List;

/**
 * The outcome of leaf resolution.
 *
 * @param leaves every leaf, sorted by canonical name
 * @param conflicts every conflict, sorted by the contested config's canonical name
 */
public record Resolution(List<Leaf> leaves, List<Conflict> conflicts) {

  public Resolution {
    leaves = List.copyOf(leaves);
    conflicts = List.copyOf(conflicts);
  }
}
