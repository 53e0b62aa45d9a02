package dev.rig.processor.index;

import java.util.List;

/**
 * A contribution of this module, or of a dependency, as the index and the registry record it.
 *
 * @param name canonical name of the contribution class
 * @param target canonical name of the config it adds to
 * @param replaces canonical names of the contributions it replaces
 * @param depth depth of the module that declares it
 * @param origin {@code groupId:artifactId:version} of that module, or empty
 * @param registry canonical name of that module's registry, which creates it
 */
public record ContributionEntry(
    String name, String target, List<String> replaces, int depth, String origin, String registry) {

  public ContributionEntry {
    replaces = List.copyOf(replaces);
  }
}
