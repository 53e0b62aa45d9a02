package dev.rig.processor.generate;

import dev.rig.processor.generate.JavaSource.Writer;
import dev.rig.processor.index.ContributionEntry;
import dev.rig.processor.resolve.ConfigClass;
import dev.rig.processor.resolve.Leaf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
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

  static final JavaName STRING = JavaName.of("java.lang", "String");
  static final JavaName LIST = JavaName.of("java.util", "List");
  static final JavaName ARRAY_LIST = JavaName.of("java.util", "ArrayList");
  static final JavaName ARRAYS = JavaName.of("java.util", "Arrays");
  static final JavaName COLLECTIONS = JavaName.of("java.util", "Collections");
  static final JavaName OVERRIDE = JavaName.of("java.lang", "Override");
  static final JavaName ILLEGAL_ARGUMENT = JavaName.of("java.lang", "IllegalArgumentException");
  private static final JavaName MAP = JavaName.of("java.util", "Map");
  private static final JavaName TREE_MAP = JavaName.of("java.util", "TreeMap");
  private static final JavaName FUNCTION = JavaName.of("java.util.function", "Function");
  private static final JavaName SUPPRESS_WARNINGS = JavaName.of("java.lang", "SuppressWarnings");
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
  private record Table(String field, JavaName registry, boolean own, List<Leaf> leaves) {

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
   * The registry class, with the contributions when there are some.
   *
   * @param leaves every leaf, sorted by canonical name
   * @param own every config this project declares, sorted by canonical name
   * @param contributions every contribution, this project's and its dependencies', sorted by name
   * @param ownContributions this project's contribution classes, by canonical name
   * @param origins this compilation's configs, for build tools that track generated files
   */
  public JavaSource generate(
      ModuleIdentity module,
      List<Leaf> leaves,
      List<ConfigClass> own,
      List<ContributionEntry> contributions,
      Map<String, TypeElement> ownContributions,
      List<? extends Element> origins) {
    JavaName self = JavaName.of(module.packageName(), ModuleIdentity.REGISTRY);
    List<Table> tables = tables(self, leaves);
    // Decided once, not in each of the two passes.
    boolean deprecated = own.stream().anyMatch(config -> elements.isDeprecated(element(config)));
    return JavaSource.write(module.packageName(), ModuleIdentity.REGISTRY, origins, out -> {
      out.javadoc(0, "The configs rig manages in this project: the leaves of every config on the"
          + " classpath,\nresolved by rig-processor at compile time.\n");
      files.generatedAnnotation(out);
      out.text("public final class " + ModuleIdentity.REGISTRY + " implements ")
          .type(RuntimeNames.CONFIG_REGISTRY).text(" {\n");
      boolean first = true;
      for (Table table : tables) {
        if (!first) {
          out.text("\n");
        }
        tableField(out, table);
        first = false;
      }
      if (!first) {
        out.text("\n");
      }
      out.text("  public " + ModuleIdentity.REGISTRY + "() {\n  }\n");
      constant(out, "coordinates", STRING, module.coordinates());
      constant(out, "packageName", STRING, module.packageName());
      out.text("\n");
      override(out).text("  public int depth() {\n    return " + module.depth() + ";\n  }\n");
      configs(out, tables);
      if (!own.isEmpty()) {
        addCreate(out, module, own, deprecated);
      }
      if (!tables.isEmpty()) {
        addHelper(out);
      }
      ContributionsGenerator.write(out, module, contributions, ownContributions);
      out.text("}\n");
    });
  }

  /** The leaves grouped by the project that declares them, this one first, then deepest first. */
  private List<Table> tables(JavaName self, List<Leaf> leaves) {
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
      JavaName name = registryClass(registry);
      for (List<Leaf> run : RegistryChunks.split(declared,
          leaf -> RegistryChunks.constantBytes(line(leaf)) + 1, Integer.MAX_VALUE,
          bytesPerTable)) {
        // By name: a record's equals would bootstrap java.lang.runtime.ObjectMethods (60 classes).
        tables.add(new Table("LEAVES_" + tables.size(), name,
            registry.equals(self.canonicalName()), run));
      }
    });
    return tables;
  }

  private static JavaName registryClass(String canonicalName) {
    int dot = canonicalName.lastIndexOf('.');
    return dot < 0
        ? JavaName.of("", canonicalName)
        : JavaName.of(canonicalName.substring(0, dot), canonicalName.substring(dot + 1));
  }

  /** One line of a table: the leaf, then what it overrides, nearest first. */
  private static String line(Leaf leaf) {
    StringBuilder line = new StringBuilder(leaf.config().name());
    leaf.overrides().forEach(overridden -> line.append(' ').append(overridden));
    return line.toString();
  }

  private static void tableField(Writer out, Table table) {
    String javadoc = (table.own()
            ? "Leaves this project declares"
            : "Leaves that " + describe(table.first().origin(), table.registry())
                + " declares, at depth " + table.first().depth())
        + ":\none per line, then the configs it overrides, nearest first.";
    // One string literal per line, joined by +: a constant expression javac folds into a single
    // constant, as a text block would be, but legal at every source level down to Java 8.
    StringBuilder text = new StringBuilder();
    table.leaves().forEach(leaf -> text.append(line(leaf)).append('\n'));
    out.javadoc(1, javadoc).text("  private static final ").type(STRING)
        .text(" " + table.field() + " = "
            + JavaLiterals.quoted(text.toString(), SourceFiles.INDENT)
                .replace("\n", "\n" + SourceFiles.INDENT)
            + ";\n");
  }

  private static String describe(String coordinates, JavaName registry) {
    return coordinates.isEmpty() ? "the project of " + registry.canonicalName() : coordinates;
  }

  /** {@code @Override}, after the blank line between members. */
  private static Writer override(Writer out) {
    return out.text("  @").type(OVERRIDE).text("\n");
  }

  private static void constant(Writer out, String name, JavaName type, String value) {
    override(out.text("\n")).text("  public ").type(type).text(" " + name + "() {\n    return ")
        .string(value).text(";\n  }\n");
  }

  /** {@code List<RegisteredConfig>}. */
  private static Writer configList(Writer out) {
    return out.type(LIST).text("<").type(RuntimeNames.REGISTERED_CONFIG).text(">");
  }

  /** {@code Map<String, RegisteredConfig>}. */
  private static Writer configMap(Writer out) {
    return out.type(MAP).text("<").type(STRING).text(", ").type(RuntimeNames.REGISTERED_CONFIG)
        .text(">");
  }

  /** {@code ConfigFile<?>}. */
  private static Writer anyConfig(Writer out) {
    return out.type(RuntimeNames.CONFIG_FILE).text("<?>");
  }

  /**
   * {@code configs()}, sorted by class name. The leaves go through a {@code TreeMap} keyed by name:
   * {@code --release 8} has no {@code java.lang.Record}, so generated code may create a
   * {@code RegisteredConfig} but never look up one of its methods.
   */
  private static void configs(Writer out, List<Table> tables) {
    configList(override(out.text("\n")).text("  public ")).text(" configs() {\n");
    if (tables.isEmpty()) {
      out.text("    return ").type(COLLECTIONS).text(".emptyList();\n  }\n");
      return;
    }
    configMap(out.text("    ")).text(" configs = new ").type(TREE_MAP).text("<").type(STRING)
        .text(", ").type(RuntimeNames.REGISTERED_CONFIG).text(">();\n");
    for (Table table : tables) {
      out.text("    add(configs, " + table.field() + ", " + table.first().depth() + ", ")
          .string(table.first().origin()).text(", ").type(table.registry())
          .text("::create);\n");
    }
    // Explicit type arguments: inferring them would look up RegisteredConfig's supertypes.
    configList(out.text("    ")).text(" sorted = new ").type(ARRAY_LIST).text("<")
        .type(RuntimeNames.REGISTERED_CONFIG).text(">(configs.values());\n");
    out.text("    return ").type(COLLECTIONS).text(".<").type(RuntimeNames.REGISTERED_CONFIG)
        .text(">unmodifiableList(sorted);\n  }\n");
  }

  /** {@code create(String)}, split into methods of a few hundred cases for large projects. */
  private void addCreate(
      Writer out, ModuleIdentity module, List<ConfigClass> own, boolean deprecated) {
    List<List<ConfigClass>> chunks =
        RegistryChunks.split(own, config -> RegistryChunks.BYTES_PER_CASE, casesPerMethod,
            Integer.MAX_VALUE);
    out.text("\n").javadoc(1, CREATE_DOC);
    if (chunks.size() == 1) {
      switchOver(out, "public", "create", own, module, deprecated);
      return;
    }
    createSignature(out, "public", "create");
    for (int i = 0; i < chunks.size() - 1; i++) {
      out.text("    if (className.compareTo(").string(chunks.get(i + 1).get(0).name())
          .text(") < 0) {\n      return create" + i + "(className);\n    }\n");
    }
    out.text("    return create" + (chunks.size() - 1) + "(className);\n  }\n");
    for (int i = 0; i < chunks.size(); i++) {
      out.text("\n");
      switchOver(out, "private", "create" + i, chunks.get(i), module, deprecated);
    }
  }

  private static void createSignature(Writer out, String access, String name) {
    anyConfig(out.text("  " + access + " static ")).text(" " + name + "(").type(STRING)
        .text(" className) {\n");
  }

  private void switchOver(Writer out, String access, String name, List<ConfigClass> configs,
      ModuleIdentity module, boolean deprecated) {
    if (deprecated
        && configs.stream().anyMatch(config -> elements.isDeprecated(element(config)))) {
      // Registering a deprecated config is the library's choice, not a problem of this project.
      out.text("  @").type(SUPPRESS_WARNINGS).text("({\"deprecation\", \"removal\"})\n");
    }
    createSignature(out, access, name);
    // A switch statement, not a switch expression: generated code compiles down to Java 8.
    out.text("    switch (className) {\n");
    for (ConfigClass config : configs) {
      out.text("      case ").string(config.name()).text(":\n        return new ")
          .type(JavaName.of(element(config))).text("();\n");
    }
    out.text("      default:\n        throw new ").type(ILLEGAL_ARGUMENT).text("(className")
        .wrappingSpace(6).text("+ ")
        .string(" is not a config of "
            + (module.coordinates().isEmpty() ? module.packageName() : module.coordinates()))
        .text(");\n    }\n  }\n");
  }

  private static TypeElement element(ConfigClass config) {
    return config.element().orElseThrow(
        () -> new IllegalStateException(config.name() + " is not a config of this project"));
  }

  /** Reads one table: the one place that turns a leaf into a factory. */
  private static void addHelper(Writer out) {
    out.text("\n").javadoc(1, "Adds the leaves of a table, each created by {@code create} only"
        + " when the engine asks for it.\n");
    configMap(out.text("  private static void add(")).text(" configs,").wrappingSpace(3)
        .type(STRING).text(" leaves,").wrappingSpace(3).text("int depth,").wrappingSpace(3)
        .type(STRING).text(" origin,").wrappingSpace(3)
        .type(FUNCTION).text("<").type(STRING).text(", ");
    anyConfig(out).text("> create) {\n");
    out.text("    for (").type(STRING).text(" line : leaves.split(").string("\n").text(")) {\n")
        .text("      ").type(STRING).text("[] names = line.split(").string(" ").text(");\n")
        .text("      ").type(STRING).text(" className = names[0];\n")
        .text("      configs.put(className, new ").type(RuntimeNames.REGISTERED_CONFIG)
        .text("(className, () -> create.apply(className),\n          ").type(ARRAYS)
        .text(".asList(names).subList(1, names.length), depth, origin));\n    }\n  }\n");
  }
}
