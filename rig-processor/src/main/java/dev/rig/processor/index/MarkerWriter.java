package dev.rig.processor.index;

import dev.rig.annotations.RigModuleEntry;
import dev.rig.processor.generate.JavaName;
import dev.rig.processor.generate.JavaSource;
import dev.rig.processor.generate.ModuleIdentity;
import dev.rig.processor.generate.SourceFiles;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Writes the marker that carries this compilation's part of the index into its output, and so into
 * its jar: one class for the module, listing its configs and what each overrides.
 * {@link ClasspathIndexReader} reads it back in every compilation that has the jar on its
 * classpath.
 */
public final class MarkerWriter {

  private static final JavaName ENTRY =
      JavaName.of(RigModuleEntry.class.getPackageName(), RigModuleEntry.class.getSimpleName());
  private static final JavaName CONFIG = JavaName.of(ENTRY.packageName(),
      ENTRY.simpleName(), RigModuleEntry.Config.class.getSimpleName());
  private static final JavaName CONTRIBUTION = JavaName.of(ENTRY.packageName(),
      ENTRY.simpleName(), RigModuleEntry.Contribution.class.getSimpleName());

  private final SourceFiles files;

  public MarkerWriter(SourceFiles files) {
    this.files = files;
  }

  /**
   * The marker of this module: its registry, depth and coordinates, even when it declares no
   * config, and its configs.
   *
   * @param configs this module's configs, sorted by canonical name
   * @param origins the same configs as elements, for build tools that track generated files
   */
  public boolean writeModule(
      ModuleIdentity module, List<ConfigEntry> configs, List<? extends Element> origins) {
    return writeModule(module, configs, List.of(), origins);
  }

  /**
   * The marker of this module, with its contributions too.
   *
   * @param contributions this module's contributions, sorted by canonical name
   */
  public boolean writeModule(
      ModuleIdentity module,
      List<ConfigEntry> configs,
      List<ContributionEntry> contributions,
      List<? extends Element> origins) {
    String name = IndexNames.moduleMarker(module.registryName());
    return files.write(JavaSource.write(IndexNames.PACKAGE, name, origins, out -> {
      out.javadoc(0, "Index entry of rig: read by rig-processor in the compilations that depend"
          + " on this one.\n");
      files.generatedAnnotation(out);
      // One member per line, as a multi-line annotation; a member of several values in braces.
      out.text("@").type(ENTRY).text("(\n    registry = ").string(module.registryName())
          .text(",\n    depth = " + module.depth() + ",\n    coordinates = ")
          .string(module.coordinates());
      if (!configs.isEmpty()) {
        member(out, "configs", configs.size());
        for (int i = 0; i < configs.size(); i++) {
          config(out.text(separator(i, configs.size())), configs.get(i));
        }
        out.text(configs.size() == 1 ? "" : "\n    }");
      }
      if (!contributions.isEmpty()) {
        member(out, "contributions", contributions.size());
        for (int i = 0; i < contributions.size(); i++) {
          contribution(out.text(separator(i, contributions.size())), contributions.get(i));
        }
        out.text(contributions.size() == 1 ? "" : "\n    }");
      }
      out.text("\n)\n");
      classBody(out, name);
    }));
  }

  /** The start of a member: one value goes on its line, several in braces, one a line. */
  private static void member(JavaSource.Writer out, String name, int values) {
    out.text(",\n    " + name + " = " + (values == 1 ? "" : "{\n"));
  }

  private static String separator(int index, int values) {
    return values == 1 ? "" : index == 0 ? "        " : ",\n        ";
  }

  private static void config(JavaSource.Writer out, ConfigEntry config) {
    out.text("@").type(CONFIG).text("(name = ").string(config.config());
    config.parent().ifPresent(parent -> out.text(", parent = ").string(parent));
    strings(out, "replaces", config.replaces());
    out.text(")");
  }

  private static void contribution(JavaSource.Writer out, ContributionEntry contribution) {
    out.text("@").type(CONTRIBUTION).text("(name = ").string(contribution.name())
        .text(", target = ").string(contribution.target());
    strings(out, "replaces", contribution.replaces());
    out.text(")");
  }

  /** An inline member of string values: one bare, several in braces; none left out. */
  private static void strings(JavaSource.Writer out, String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    out.text(", " + name + " = " + (values.size() == 1 ? "" : "{"));
    for (int i = 0; i < values.size(); i++) {
      out.text(i == 0 ? "" : ", ").string(values.get(i));
    }
    out.text(values.size() == 1 ? "" : "}");
  }

  private static void classBody(JavaSource.Writer out, String name) {
    out.text("public final class " + name + " {\n  private " + name + "() {\n  }\n}\n");
  }

  /**
   * A class without any index entry, written in a round in which rig waits for other processors:
   * it only makes javac run one more round, even when no other processor wrote anything.
   */
  public boolean writeRoundPlaceholder(
      ModuleIdentity module, int round, List<? extends Element> origins) {
    String name = IndexNames.roundPlaceholder(module.registryName(), round);
    return files.write(JavaSource.write(IndexNames.PACKAGE, name, origins, out -> {
      out.javadoc(0, "Written by rig-processor in round " + round + ", where it waited for other"
          + " annotation processors,\nonly so that javac runs another round. Not an index"
          + " entry.\n");
      files.generatedAnnotation(out);
      classBody(out, name);
    }));
  }
}
