package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;
import static dev.rig.processor.testing.Sources.source;
import static dev.rig.processor.testing.TestFiles.files;
import static dev.rig.processor.testing.TestFiles.read;

import dev.rig.processor.testing.CompiledModule;
import dev.rig.processor.testing.RigModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A module's test compilation is never taken for a downstream module: in every combination of
 * where the tests' package sits relative to the configs' package, of which compilation was given
 * {@code -Arig.coordinates}, and of whether the main output already held an earlier build's marker
 * (the first build after the first sync, or an IDE's incremental build), there is one registry,
 * the main compilation's, at depth 1. Both compilations run in-process against real folders laid
 * out as Maven lays them ({@code target/classes} beside {@code target/test-classes*}).
 */
class ModuleIdentityMatrixTest {

  private static final String CONFIGS = "com.acme.auth.rig.configs";
  private static final String COORDINATES = "com.acme:auth-service:1.0.0";

  @TempDir static Path shared;

  /** Main outputs, one per main-compilation variant, shared by the test compilations. */
  private static final Map<String, CompiledModule> MAINS = new HashMap<>();

  enum Position {
    SAME(CONFIGS),
    PARENT("com.acme.auth"),
    CHILD(CONFIGS + ".internal"),
    SIBLING("com.acme.auth.rig.web");

    final String testPackage;

    Position(String testPackage) {
      this.testPackage = testPackage;
    }
  }

  enum Coordinates {
    NEITHER(false, false),
    MAIN_ONLY(true, false),
    TEST_ONLY(false, true),
    BOTH(true, true);

    final boolean main;
    final boolean test;

    Coordinates(boolean main, boolean test) {
      this.main = main;
      this.test = test;
    }
  }

  enum Build {
    /** The first build: main, then tests, into empty folders. */
    FIRST,
    /**
     * A later build: the main output holds the marker of a build without coordinates (before the
     * first sync added them); main is compiled again into it, with it on the classpath.
     */
    AFTER_FIRST_SYNC
  }

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (Position position : Position.values()) {
      for (Coordinates coordinates : Coordinates.values()) {
        for (Build build : Build.values()) {
          cells.add(Arguments.of(position, coordinates, build));
        }
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "tests in {0} package, coordinates {1}, {2}")
  @MethodSource("cells")
  void oneRegistryAtTheRightDepth(Position position, Coordinates coordinates, Build build) {
    CompiledModule main = main(coordinates.main, build);
    assertRegistry(main, 1);

    Path testClasses =
        main.classes().resolveSibling("test-classes-" + position + "-" + coordinates);
    CompiledModule test =
        new CompiledModule(testClasses, testClasses.resolveSibling(testClasses.getFileName() + "-src"));
    RigModule testCompile = module(coordinates.test).dependingOn(main.folder());
    List<String> diagnostics = testCompile.compileInto(test, aTest(position.testPackage));

    assertWithMessage("the test compilation must be clean").that(diagnostics).isEmpty();
    assertWithMessage("the test compilation generated a source")
        .that(files(test.generatedSources())).isEmpty();
    assertThat(files(test.classes())).containsExactly(
        position.testPackage.replace('.', '/') + "/AuthTest.class");
    assertRegistry(main, 1);
  }

  @Test
  void gradleLayoutIsRecognised(@TempDir Path project) {
    Path classes = project.resolve("build/classes/java");
    assertTestCompilationGeneratesNothing(classes.resolve("main"), classes.resolve("test"));
  }

  @Test
  void intellijLayoutIsRecognised(@TempDir Path project) {
    Path out = project.resolve("out");
    assertTestCompilationGeneratesNothing(
        out.resolve("production/auth"), out.resolve("test/auth"));
  }

  /**
   * IntelliJ IDEA puts every module's main output side by side: a module compiled beside a library
   * it depends on is still a module of its own, one level deeper.
   */
  @Test
  void aDownstreamModuleBesideItsLibraryIsStillDownstream(@TempDir Path project) {
    Path production = project.resolve("out/production");
    CompiledModule library = new CompiledModule(production.resolve("base"), project.resolve("gen/base"));
    assertThat(module(false).compileInto(library, config("com.acme.base.BaseConfigFile", YAML)))
        .isEmpty();
    CompiledModule service = new CompiledModule(production.resolve("auth"), project.resolve("gen/auth"));

    assertThat(module(false).dependingOn(library.folder())
            .compileInto(service, config(CONFIGS + ".AuthConfigFile", YAML)))
        .isEmpty();

    assertRegistry(library, 1);
    assertRegistry(service, 2);
  }

  private static void assertTestCompilationGeneratesNothing(Path mainFolder, Path testFolder) {
    CompiledModule main = new CompiledModule(mainFolder, mainFolder.resolveSibling("main-src"));
    assertThat(module(false).compileInto(main, config(CONFIGS + ".AuthConfigFile", YAML))).isEmpty();
    CompiledModule test = new CompiledModule(testFolder, testFolder.resolveSibling("test-src"));

    assertThat(module(true).dependingOn(main.folder()).compileInto(test, aTest("com.acme.auth")))
        .isEmpty();

    assertThat(files(test.generatedSources())).isEmpty();
    assertRegistry(main, 1);
  }

  // ---------------------------------------------------------------------------------------------

  private static synchronized CompiledModule main(boolean coordinates, Build build) {
    return MAINS.computeIfAbsent(coordinates + "-" + build, key -> {
      Path target = shared.resolve(key).resolve("target");
      CompiledModule main =
          new CompiledModule(target.resolve("classes"), target.resolve("generated-sources"));
      if (build == Build.AFTER_FIRST_SYNC) {
        assertThat(module(false).compileInto(main, mainSources())).isEmpty();
        assertThat(module(coordinates).dependingOn(main.folder()).compileInto(main, mainSources()))
            .isEmpty();
      } else {
        assertThat(module(coordinates).compileInto(main, mainSources())).isEmpty();
      }
      return main;
    });
  }

  private static JavaFileObject[] mainSources() {
    return new JavaFileObject[] {config(CONFIGS + ".AuthConfigFile", YAML)};
  }

  private static RigModule module(boolean coordinates) {
    return RigModule.project(coordinates ? COORDINATES : "");
  }

  private static JavaFileObject aTest(String packageName) {
    return source(packageName + ".AuthTest",
        "package " + packageName + ";",
        "",
        "class AuthTest {",
        "  void createsTheConfig() {",
        "    new " + CONFIGS + ".AuthConfigFile();",
        "  }",
        "}");
  }

  /** The one registry of {@code main}, at {@code depth}, listed as the one service. */
  private static void assertRegistry(CompiledModule main, int depth) {
    List<String> registries =
        files(main.generatedSources()).stream().filter(f -> f.endsWith("/RigRegistry.java")).toList();
    assertThat(registries).hasSize(1);
    String registry = read(main.generatedSources().resolve(registries.get(0)));
    assertThat(registry).contains("public int depth() {\n    return " + depth + ";");
    String service = read(main.classes().resolve("META-INF/services/dev.rig.runtime.internal.ConfigRegistry"));
    assertThat(service.lines().toList()).hasSize(1);
  }
}
