package dev.rig.processor.resolve;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A config class known to this compilation: declared in it, or indexed by a dependency.
 *
 * @param name canonical name
 * @param element the class itself, for the configs of this module; empty for a dependency's,
 *     which rig knows from the index alone, without loading the class
 * @param local whether it is declared in this compilation (then diagnostics can point at it)
 * @param depth depth of the module that declares it
 * @param origin {@code groupId:artifactId:version} of that module, or empty when unknown
 * @param registry canonical name of that module's registry, which creates the config
 * @param superclasses canonical names of superclasses it extends, nearest first: every one when
 *     rig has the class as an element, only the nearest config when it comes from the index
 * @param replaces canonical names of the classes its {@code @RigConfig} names in {@code replaces}
 */
public record ConfigClass(
    String name,
    Optional<TypeElement> element,
    boolean local,
    int depth,
    String origin,
    String registry,
    List<String> superclasses,
    List<String> replaces) {

  public ConfigClass {
    superclasses = List.copyOf(superclasses);
    replaces = List.copyOf(replaces);
  }

  /** The simple name, as the class would be written in code. */
  public String simpleName() {
    return element
        .map(type -> type.getSimpleName().toString())
        .orElseGet(() -> name.substring(name.lastIndexOf('.') + 1));
  }

  /** Where the config comes from, as a user reads it in a message. */
  public String describeOrigin() {
    if (local) {
      return "this compilation";
    }
    return origin.isEmpty() ? "a dependency built without -Arig.coordinates" : origin;
  }
}
