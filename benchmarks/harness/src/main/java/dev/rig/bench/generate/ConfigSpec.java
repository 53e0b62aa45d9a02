package dev.rig.bench.generate;

import java.util.Optional;

/**
 * One synthetic {@code @RigConfig} class.
 *
 * @param packageName its package
 * @param simpleName its simple name; an override keeps the simple name of the config it extends,
 *     as pyrig's overrides do, so that the default file name stays the same
 * @param format the format base it (or its root ancestor) extends
 * @param folder the file's folder relative to the project root
 * @param parent the config it overrides, or empty for a config of its own
 */
public record ConfigSpec(
    String packageName, String simpleName, Format format, String folder, Optional<ConfigSpec> parent) {

  public String qualifiedName() {
    return packageName + "." + simpleName;
  }

  /** The Java source of the class. */
  public String source(String owner) {
    String superclass = parent.map(ConfigSpec::qualifiedName).orElse(format.baseClass());
    String imports =
        "import dev.rig.annotations.RigConfig;\n"
            + "import dev.rig.runtime.Tree;\n"
            + "import dev.rig.runtime.format." + format.baseClass() + ";\n"
            + "import java.nio.file.Path;\n"
            + "import java.util.ArrayList;\n"
            + "import java.util.List;\n"
            + "import java.util.Map;\n";
    String members =
        parent.isPresent()
            ? "  @Override\n  protected " + format.contentType() + " configs() {\n    "
                + format.overridingContent(owner) + "\n  }\n"
            : "  @Override\n  protected Path parentPath() {\n    return Path.of(\"" + folder + "\");\n  }\n\n"
                + "  @Override\n  protected " + format.contentType() + " configs() {\n    "
                + format.freshContent(simpleName.toLowerCase(java.util.Locale.ROOT), owner) + "\n  }\n";
    return "package " + packageName + ";\n\n"
        + imports
        + "\n@RigConfig\npublic class " + simpleName + " extends " + superclass + " {\n\n"
        + members
        + "}\n";
  }
}
