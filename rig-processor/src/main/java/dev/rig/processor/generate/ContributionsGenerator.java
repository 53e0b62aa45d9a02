package dev.rig.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.rig.processor.index.ContributionEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
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

  static final ClassName CONTRIBUTION = ClassName.get("dev.rig.runtime", "Contribution");
  static final ClassName REGISTERED =
      ClassName.get("dev.rig.runtime.internal", "RegisteredContribution");
  private static final TypeName LIST =
      ParameterizedTypeName.get(ClassName.get(List.class), REGISTERED);

  private ContributionsGenerator() {}

  /**
   * {@code registry} with the contributions added; unchanged when there are none.
   *
   * @param all every contribution, this project's and its dependencies', sorted by name
   * @param own this project's contribution classes, by canonical name
   */
  public static TypeSpec addTo(
      TypeSpec registry, ModuleIdentity module, List<ContributionEntry> all,
      Map<String, TypeElement> own) {
    if (all.isEmpty()) {
      return registry;
    }
    TypeSpec.Builder builder = registry.toBuilder();
    MethodSpec.Builder list = MethodSpec.methodBuilder("contributions")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(LIST)
        .addStatement("$T contributions = new $T<>($L)", LIST, ArrayList.class, all.size());
    for (ContributionEntry entry : all) {
      ClassName creator = own.containsKey(entry.name())
          ? ClassName.get(module.packageName(), ModuleIdentity.REGISTRY)
          : ClassName.bestGuess(entry.registry());
      list.addStatement("contributions.add(new $T($S, () -> $T.createContribution($S), $S,"
              + " $L, $L, $S))",
          REGISTERED, entry.name(), creator, entry.name(), entry.target(),
          strings(entry.replaces()), entry.depth(), entry.origin());
    }
    builder.addMethod(list.addStatement("return $T.unmodifiableList(contributions)",
        Collections.class).build());
    if (!own.isEmpty()) {
      builder.addMethod(create(module, own));
    }
    return builder.build();
  }

  private static CodeBlock strings(List<String> names) {
    if (names.isEmpty()) {
      return CodeBlock.of("$T.<$T>emptyList()", Collections.class, String.class);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.asList(", Arrays.class);
    for (int i = 0; i < names.size(); i++) {
      code.add(i == 0 ? "$S" : ", $S", names.get(i));
    }
    return code.add(")").build();
  }

  private static MethodSpec create(ModuleIdentity module, Map<String, TypeElement> own) {
    MethodSpec.Builder create = MethodSpec.methodBuilder("createContribution")
        .addJavadoc("Creates a contribution this project declares, by canonical name: called by"
            + " this registry\nand by the registries of projects that depend on this one.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(CONTRIBUTION, WildcardTypeName.subtypeOf(Object.class)))
        .addParameter(String.class, "className")
        .beginControlFlow("switch (className)");
    own.forEach((name, type) -> create
        .addCode("case $S:\n$>", name)
        .addStatement("return new $T()", ClassName.get(type))
        .addCode("$<"));
    return create
        .addCode("default:\n$>")
        .addStatement("throw new $T(className + $S)", IllegalArgumentException.class,
            " is not a contribution of "
                + (module.coordinates().isEmpty() ? module.packageName() : module.coordinates()))
        .addCode("$<")
        .endControlFlow()
        .build();
  }
}
