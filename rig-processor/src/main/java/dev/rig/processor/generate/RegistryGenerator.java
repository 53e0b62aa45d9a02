package dev.rig.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.rig.processor.resolve.ConfigClass;
import dev.rig.processor.resolve.Leaf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generates {@code RigRegistry}: the project's leaves as code, so that nothing scans the classpath
 * or reflects at run time.
 *
 * <p>Each project's registry creates the configs that project declares, with {@code new}, in
 * {@code create(String)}: a {@code switch} over the class name. The leaves are listed in tables,
 * one per project that declares some, with what each leaf overrides; a leaf is created, only when
 * the engine asks for it, by the registry of the project that declared it. So javac compiling a
 * project neither loads the classes of the leaves its dependencies declare nor attributes code
 * for each of them, and the JVM starting it spins no class per leaf. Thousands of configs are
 * split into several tables and several {@code create} methods ({@link RegistryChunks}), to stay
 * within the JVM's limits on constants and methods.
 */
public final class RegistryGenerator {

  private static final TypeName ANY_CONFIG =
      ParameterizedTypeName.get(RuntimeNames.CONFIG_FILE, WildcardTypeName.subtypeOf(Object.class));
  private static final TypeName CONFIG_LIST =
      ParameterizedTypeName.get(ClassName.get(List.class), RuntimeNames.REGISTERED_CONFIG);
  /** The leaves by class name: sorted without calling a method of the record RegisteredConfig. */
  private static final TypeName CONFIG_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
          RuntimeNames.REGISTERED_CONFIG);
  private static final TypeName CREATE =
      ParameterizedTypeName.get(ClassName.get(Function.class), ClassName.get(String.class),
          ANY_CONFIG);
  private static final String CREATE_DOC =
      "Creates a config this project declares, by canonical name: called when rig's engine needs\n"
          + "it, by this registry and by the registries of projects that depend on this one.\n";

  /**
   * The leaves that one project declares, or a run of them.
   *
   * @param field name of the string constant
   * @param registry the registry of the declaring project, which creates them
   * @param own whether that project is this one
   */
  private record Table(String field, ClassName registry, boolean own, List<Leaf> leaves) {

    ConfigClass first() {
      return leaves.get(0).config();
    }
  }

  private final Elements elements;
  private final SourceFiles files;
  private final int casesPerMethod;
  private final int bytesPerTable;

  public RegistryGenerator(Elements elements, SourceFiles files) {
    this(elements, files, RegistryChunks.CASES_PER_METHOD, RegistryChunks.BYTES_PER_TABLE);
  }

  /**
   * With at most {@code casesPerMethod} cases in one {@code create} method and about
   * {@code bytesPerTable} bytes in one table.
   */
  public RegistryGenerator(
      Elements elements, SourceFiles files, int casesPerMethod, int bytesPerTable) {
    if (casesPerMethod < 1 || bytesPerTable < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.elements = elements;
    this.files = files;
    this.casesPerMethod = casesPerMethod;
    this.bytesPerTable = bytesPerTable;
  }

  /**
   * The registry class.
   *
   * @param leaves every leaf, sorted by canonical name
   * @param own every config this project declares, sorted by canonical name
   * @param origins this compilation's configs, for build tools that track generated files
   */
  public TypeSpec generate(
      ModuleIdentity module,
      List<Leaf> leaves,
      List<ConfigClass> own,
      List<? extends Element> origins) {
    ClassName self = ClassName.get(module.packageName(), ModuleIdentity.REGISTRY);
    TypeSpec.Builder registry =
        files.generatedClass(ModuleIdentity.REGISTRY)
            .addJavadoc(
                "The configs rig manages in this project: the leaves of every config on the"
                    + " classpath,\nresolved by rig-processor at compile time.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(RuntimeNames.CONFIG_REGISTRY);
    List<Table> tables = tables(self, leaves);
    for (Table table : tables) {
      registry.addField(tableField(table, module));
    }
    registry
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build())
        .addMethod(constant("coordinates", TypeName.get(String.class), "$S",
            module.coordinates()))
        .addMethod(constant("packageName", TypeName.get(String.class), "$S",
            module.packageName()))
        .addMethod(constant("depth", TypeName.INT, "$L", module.depth()))
        .addMethod(configs(tables));
    if (!own.isEmpty()) {
      addCreate(registry, module, own);
    }
    if (!tables.isEmpty()) {
      registry.addMethod(addHelper());
    }
    origins.forEach(registry::addOriginatingElement);
    return registry.build();
  }

  /** The leaves grouped by the project that declares them, this one first, then deepest first. */
  private List<Table> tables(ClassName self, List<Leaf> leaves) {
    Map<String, List<Leaf>> byRegistry = new LinkedHashMap<>();
    byRegistry.put(self.canonicalName(), new ArrayList<>());
    leaves.stream()
        .sorted(Comparator.comparing((Leaf leaf) -> !leaf.config().registry()
                .equals(self.canonicalName()))
            .thenComparing(leaf -> -leaf.config().depth())
            .thenComparing(leaf -> leaf.config().registry()))
        .forEach(leaf -> byRegistry.computeIfAbsent(leaf.config().registry(),
            name -> new ArrayList<>()).add(leaf));
    List<Table> tables = new ArrayList<>();
    byRegistry.forEach((registry, declared) -> {
      declared.sort(Comparator.comparing(leaf -> leaf.config().name()));
      ClassName name = registryClass(registry);
      for (List<Leaf> run : RegistryChunks.split(declared,
          leaf -> RegistryChunks.constantBytes(line(leaf)) + 1, Integer.MAX_VALUE,
          bytesPerTable)) {
        tables.add(new Table("LEAVES_" + tables.size(), name, name.equals(self), run));
      }
    });
    return tables;
  }

  private static ClassName registryClass(String canonicalName) {
    int dot = canonicalName.lastIndexOf('.');
    return dot < 0
        ? ClassName.get("", canonicalName)
        : ClassName.get(canonicalName.substring(0, dot), canonicalName.substring(dot + 1));
  }

  /** One line of a table: the leaf, then what it overrides, nearest first. */
  private static String line(Leaf leaf) {
    StringBuilder line = new StringBuilder(leaf.config().name());
    leaf.overrides().forEach(overridden -> line.append(' ').append(overridden));
    return line.toString();
  }

  private static FieldSpec tableField(Table table, ModuleIdentity module) {
    String javadoc = (table.own()
            ? "Leaves this project declares"
            : "Leaves that " + describe(table.first().origin(), table.registry())
                + " declares, at depth " + table.first().depth())
        + ":\none per line, then the configs it overrides, nearest first.";
    // One string literal per line, joined by +: a constant expression javac folds into a single
    // constant, as a text block would be, but legal at every source level down to Java 8.
    StringBuilder text = new StringBuilder();
    table.leaves().forEach(leaf -> text.append(line(leaf)).append('\n'));
    return FieldSpec.builder(String.class, table.field(),
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(javadoc + "\n")
        .initializer("$L", JavaLiterals.quoted(text.toString(), SourceFiles.INDENT))
        .build();
  }

  private static String describe(String coordinates, ClassName registry) {
    return coordinates.isEmpty() ? "the project of " + registry.canonicalName() : coordinates;
  }

  private static MethodSpec constant(String name, TypeName type, String format, Object value) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return " + format, value)
        .build();
  }

  /**
   * {@code configs()}, sorted by class name. The leaves go through a {@code TreeMap} keyed by name:
   * {@code --release 8} has no {@code java.lang.Record}, so generated code may create a
   * {@code RegisteredConfig} but never look up one of its methods.
   */
  private static MethodSpec configs(List<Table> tables) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("configs")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(CONFIG_LIST);
    if (tables.isEmpty()) {
      return method.addStatement("return $T.emptyList()", Collections.class).build();
    }
    method.addStatement("$T configs = new $T<$T, $T>()", CONFIG_MAP, TreeMap.class, String.class,
        RuntimeNames.REGISTERED_CONFIG);
    for (Table table : tables) {
      method.addStatement("add(configs, $N, $L, $S, $T::create)", table.field(),
          table.first().depth(), table.first().origin(), table.registry());
    }
    // Explicit type arguments: inferring them would look up RegisteredConfig's supertypes.
    return method
        .addStatement("$T sorted = new $T<$T>(configs.values())", CONFIG_LIST, ArrayList.class,
            RuntimeNames.REGISTERED_CONFIG)
        .addStatement("return $T.<$T>unmodifiableList(sorted)", Collections.class,
            RuntimeNames.REGISTERED_CONFIG)
        .build();
  }

  /** {@code create(String)}, split into methods of a few hundred cases for large projects. */
  private void addCreate(TypeSpec.Builder registry, ModuleIdentity module, List<ConfigClass> own) {
    List<List<ConfigClass>> chunks =
        RegistryChunks.split(own, config -> RegistryChunks.BYTES_PER_CASE, casesPerMethod,
            Integer.MAX_VALUE);
    MethodSpec.Builder create =
        MethodSpec.methodBuilder("create")
            .addJavadoc(CREATE_DOC)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ANY_CONFIG)
            .addParameter(String.class, "className");
    if (chunks.size() == 1) {
      registry.addMethod(switchOver(create, own, module));
      return;
    }
    for (int i = 0; i < chunks.size() - 1; i++) {
      create
          .beginControlFlow("if (className.compareTo($S) < 0)", chunks.get(i + 1).get(0).name())
          .addStatement("return create$L(className)", i)
          .endControlFlow();
    }
    registry.addMethod(create.addStatement("return create$L(className)", chunks.size() - 1)
        .build());
    for (int i = 0; i < chunks.size(); i++) {
      registry.addMethod(switchOver(
          MethodSpec.methodBuilder("create" + i)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(ANY_CONFIG)
              .addParameter(String.class, "className"),
          chunks.get(i), module));
    }
  }

  private MethodSpec switchOver(
      MethodSpec.Builder method, List<ConfigClass> configs, ModuleIdentity module) {
    if (configs.stream().anyMatch(config -> elements.isDeprecated(element(config)))) {
      // Registering a deprecated config is the library's choice, not a problem of this project.
      method.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "{$S, $S}", "deprecation", "removal")
              .build());
    }
    // A switch statement, not a switch expression: generated code compiles down to Java 8.
    method.beginControlFlow("switch (className)");
    for (ConfigClass config : configs) {
      method.addCode("case $S:\n$>", config.name())
          .addStatement("return new $T()", ClassName.get(element(config)))
          .addCode("$<");
    }
    return method
        .addCode("default:\n$>")
        .addStatement(
            "throw new $T(className$W+ $S)", IllegalArgumentException.class,
            " is not a config of "
                + (module.coordinates().isEmpty() ? module.packageName() : module.coordinates()))
        .addCode("$<")
        .endControlFlow()
        .build();
  }

  private static TypeElement element(ConfigClass config) {
    return config.element().orElseThrow(
        () -> new IllegalStateException(config.name() + " is not a config of this project"));
  }

  /** Reads one table: the one place that turns a leaf into a factory. */
  private static MethodSpec addHelper() {
    return MethodSpec.methodBuilder("add")
        .addJavadoc("Adds the leaves of a table, each created by {@code create} only when the"
            + " engine asks for it.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(CONFIG_MAP, "configs")
        .addParameter(String.class, "leaves")
        .addParameter(int.class, "depth")
        .addParameter(String.class, "origin")
        .addParameter(CREATE, "create")
        .beginControlFlow("for ($T line : leaves.split($S))", String.class, "\n")
        .addStatement("$T[] names = line.split($S)", String.class, " ")
        .addStatement("$T className = names[0]", String.class)
        .addStatement(
            "configs.put(className, new $T(className, () -> create.apply(className),\n"
                + "$T.asList(names).subList(1, names.length), depth, origin))",
            RuntimeNames.REGISTERED_CONFIG, Arrays.class)
        .endControlFlow()
        .build();
  }
}
