package dev.rig.processor.resolve;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A config class known to this compilation: declared in it, or indexed by a dependency.
 *
 * @param name canonical name
 * @param element the class itself, from source or from a class file
 * @param local whether it is declared in this compilation (then diagnostics can point at it)
 * @param depth depth of the module that declares it
 * @param origin {@code groupId:artifactId:version} of that module, or empty when unknown
 * @param replaces canonical names of the classes its {@code @RigConfig} names in {@code replaces}
 */
public record ConfigClass(
    String name,
    TypeElement element,
    boolean local,
    int depth,
    String origin,
    List<String> replaces) {

  public ConfigClass {
    replaces = List.copyOf(replaces);
  }

  /** Where the config comes from, as a user reads it in a message. */
  public String describeOrigin() {
    if (local) {
      return "this compilation";
    }
    return origin.isEmpty() ? "a dependency built without -Arig.coordinates" : origin;
  }
}
