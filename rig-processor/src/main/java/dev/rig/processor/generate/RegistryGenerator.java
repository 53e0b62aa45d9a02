package dev.rig.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.rig.processor.resolve.Leaf;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Generates {@code RigRegistry}: the project's leaves as code, each created with a constructor
 * reference, so that nothing scans the classpath or reflects at run time.
 */
public final class RegistryGenerator {

  private final Elements elements;

  public RegistryGenerator(Elements elements) {
    this.elements = elements;
  }

  /**
   * The registry class.
   *
   * @param leaves in the order the registry lists them
   * @param origins this compilation's configs, for build tools that track generated files
   */
  public TypeSpec generate(ModuleIdentity module, List<Leaf> leaves, List<? extends Element> origins) {
    TypeSpec.Builder registry =
        SourceFiles.generatedClass(ModuleIdentity.REGISTRY)
            .addJavadoc(
                "The configs rig manages in this project: the leaves of every config on the"
                    + " classpath,\nresolved by rig-processor at compile time.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(RuntimeNames.CONFIG_REGISTRY)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build())
            .addMethod(constant("coordinates", TypeName.get(String.class), "$S",
                module.coordinates()))
            .addMethod(constant("packageName", TypeName.get(String.class), "$S",
                module.packageName()))
            .addMethod(constant("depth", TypeName.INT, "$L", module.depth()))
            .addMethod(configs(leaves));
    origins.forEach(registry::addOriginatingElement);
    return registry.build();
  }

  private static MethodSpec constant(String name, TypeName type, String format, Object value) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return " + format, value)
        .build();
  }

  private MethodSpec configs(List<Leaf> leaves) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("configs")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class),
                RuntimeNames.REGISTERED_CONFIG));
    if (leaves.stream().anyMatch(leaf -> elements.isDeprecated(leaf.config().element()))) {
      // Registering a deprecated config is the library's choice, not a problem of this project.
      method.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "{$S, $S}", "deprecation", "removal")
              .build());
    }
    if (leaves.isEmpty()) {
      return method.addStatement("return $T.of()", List.class).build();
    }
    CodeBlock entries =
        leaves.stream().map(RegistryGenerator::entry).collect(CodeBlock.joining(",\n"));
    return method
        .addCode("return $T.of(\n$>$>", List.class)
        .addCode(entries)
        .addCode(");\n$<$<")
        .build();
  }

  private static CodeBlock entry(Leaf leaf) {
    CodeBlock overrides =
        leaf.overrides().stream().map(name -> CodeBlock.of("$S", name))
            .collect(CodeBlock.joining(", "));
    return CodeBlock.builder()
        .add("new $T(\n$>$>", RuntimeNames.REGISTERED_CONFIG)
        .add("$S,\n", leaf.config().name())
        .add("$T::new,\n", ClassName.get(leaf.config().element()))
        .add("$T.of($L),\n", List.class, overrides)
        .add("$L,\n", leaf.config().depth())
        .add("$S)$<$<", leaf.config().origin())
        .build();
  }
}
