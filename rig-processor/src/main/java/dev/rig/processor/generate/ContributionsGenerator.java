package dev.rig.processor.generate;

import dev.rig.processor.generate.JavaSource.Writer;
import dev.rig.processor.index.ContributionEntry;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * Adds the contributions to a generated {@code RigRegistry}: {@code contributions()}, which lists
 * every contribution on the classpath with the config it adds to, and {@code
 * createContribution(String)}, which creates this project's own with {@code new}. A dependency's
 * contribution is created by that dependency's registry, so javac never loads its class here.
 * Written in Java 8 code (no {@code List.of}, no switch expressions), like the rest of the
 * registry.
 */
public final class ContributionsGenerator {

  static final JavaName CONTRIBUTION = JavaName.of("dev.rig.runtime", "Contribution");
  static final JavaName REGISTERED =
      JavaName.of("dev.rig.runtime.internal", "RegisteredContribution");

  private ContributionsGenerator() {}

  /**
   * Writes the contributions' methods into a registry's body; nothing when there are none.
   *
   * @param all every contribution, this project's and its dependencies', sorted by name
   * @param own this project's contribution classes, by canonical name
   */
  static void write(
      Writer out, ModuleIdentity module, List<ContributionEntry> all,
      Map<String, TypeElement> own) {
    if (all.isEmpty()) {
      return;
    }
    out.text("\n  @").type(RegistryGenerator.OVERRIDE).text("\n  public ")
        .type(RegistryGenerator.LIST).text("<").type(REGISTERED).text("> contributions() {\n    ")
        .type(RegistryGenerator.LIST).text("<").type(REGISTERED).text("> contributions = new ")
        .type(RegistryGenerator.ARRAY_LIST).text("<>(" + all.size() + ");\n");
    for (ContributionEntry entry : all) {
      JavaName creator = own.containsKey(entry.name())
          ? JavaName.of(module.packageName(), ModuleIdentity.REGISTRY)
          : JavaName.guess(entry.registry());
      out.text("    contributions.add(new ").type(REGISTERED).text("(").string(entry.name())
          .text(", () -> ").type(creator).text(".createContribution(").string(entry.name())
          .text("), ").string(entry.target()).text(", ");
      strings(out, entry.replaces());
      out.text(", " + entry.depth() + ", ").string(entry.origin()).text("));\n");
    }
    out.text("    return ").type(RegistryGenerator.COLLECTIONS)
        .text(".unmodifiableList(contributions);\n  }\n");
    if (!own.isEmpty()) {
      create(out, module, own);
    }
  }

  private static void strings(Writer out, List<String> names) {
    if (names.isEmpty()) {
      out.type(RegistryGenerator.COLLECTIONS).text(".<").type(RegistryGenerator.STRING)
          .text(">emptyList()");
      return;
    }
    out.type(RegistryGenerator.ARRAYS).text(".asList(");
    for (int i = 0; i < names.size(); i++) {
      out.text(i == 0 ? "" : ", ").string(names.get(i));
    }
    out.text(")");
  }

  private static void create(Writer out, ModuleIdentity module, Map<String, TypeElement> own) {
    out.text("\n").javadoc(1, "Creates a contribution this project declares, by canonical name:"
        + " called by this registry\nand by the registries of projects that depend on this"
        + " one.\n");
    out.text("  public static ").type(CONTRIBUTION).text("<?> createContribution(")
        .type(RegistryGenerator.STRING).text(" className) {\n    switch (className) {\n");
    own.forEach((name, type) -> out.text("      case ").string(name)
        .text(":\n        return new ").type(JavaName.of(type)).text("();\n"));
    out.text("      default:\n        throw new ").type(RegistryGenerator.ILLEGAL_ARGUMENT)
        .text("(className + ")
        .string(" is not a contribution of "
            + (module.coordinates().isEmpty() ? module.packageName() : module.coordinates()))
        .text(");\n    }\n  }\n");
  }
}
