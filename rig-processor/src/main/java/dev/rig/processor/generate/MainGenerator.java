package dev.rig.processor.generate;

import javax.lang.model.element.Element;
import java.util.List;

/** Generates {@code RigMain}, the project's command line: it hands the registry to rig's CLI. */
public final class MainGenerator {

  private static final JavaName STRING = RegistryGenerator.STRING;
  private static final JavaName SYSTEM = JavaName.of("java.lang", "System");

  private MainGenerator() {}

  public static JavaSource generate(
      ModuleIdentity module, SourceFiles files, List<? extends Element> origins) {
    JavaName registry = JavaName.of(module.packageName(), ModuleIdentity.REGISTRY);
    return JavaSource.write(module.packageName(), ModuleIdentity.MAIN, origins, out -> {
      out.javadoc(0, "Runs rig on this project: {@code sync}, {@code check}, {@code list}, and"
          + " the other commands\nof {@code --help}.\n");
      files.generatedAnnotation(out);
      out.text("public final class " + ModuleIdentity.MAIN + " {\n  private "
          + ModuleIdentity.MAIN + "() {\n  }\n\n  public static void main(").type(STRING)
          .text("[] args) {\n    int code = ").type(RuntimeNames.RIG_CLI).text(".run(new ")
          .type(registry).text("(), args);\n    if (code != 0) {\n      ").type(SYSTEM)
          .text(".exit(code);\n    }\n  }\n}\n");
    });
  }
}
