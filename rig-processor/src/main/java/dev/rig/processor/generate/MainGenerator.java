package dev.rig.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Generates {@code RigMain}, the project's command line: it hands the registry to rig's CLI. */
public final class MainGenerator {

  private MainGenerator() {}

  public static TypeSpec generate(ModuleIdentity module, SourceFiles files) {
    ClassName registry = ClassName.get(module.packageName(), ModuleIdentity.REGISTRY);
    MethodSpec main =
        MethodSpec.methodBuilder("main")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(String[].class, "args")
            .addStatement("int code = $T.run(new $T(), args)", RuntimeNames.RIG_CLI, registry)
            .beginControlFlow("if (code != 0)")
            .addStatement("$T.exit(code)", System.class)
            .endControlFlow()
            .build();
    return files.generatedClass(ModuleIdentity.MAIN)
        .addJavadoc("Runs rig on this project: {@code sync}, {@code check}, {@code list}, and the"
            + " other commands\nof {@code --help}.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(main)
        .build();
  }
}
