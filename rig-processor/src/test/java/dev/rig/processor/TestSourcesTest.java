package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;
import static dev.rig.processor.testing.Sources.source;
import static dev.rig.processor.testing.Sources.unannotated;

import com.google.testing.compile.Compilation;
import dev.rig.processor.report.Message;
import dev.rig.processor.testing.CompiledModule;
import dev.rig.processor.testing.PlainJavac;
import dev.rig.processor.testing.RigModule;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src/test/java} is compiled against the module's own main output, with the same
 * processor and options: it must not generate a second RigRegistry or RigMain.
 */
class TestSourcesTest {

  private static final String APP = "com.acme:app:1.0.0";

  private static final JavaFileObject A_TEST =
      source(
          "com.acme.LoggingConfigFileTest",
          "package com.acme;",
          "",
          "class LoggingConfigFileTest {",
          "  void rendersTheLevel() {",
          "    new LoggingConfigFile();",
          "  }",
          "}");

  /** No source, and no service entry: only the test classes themselves. */
  private static void assertGeneratedNothing(Compilation test) {
    assertThat(test.generatedSourceFiles()).isEmpty();
    assertThat(test.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/services/dev.rig.runtime.internal.ConfigRegistry")).isEmpty();
  }

  @Test
  void testCompilationGeneratesNothing(@TempDir Path tmp) {
    CompiledModule main =
        RigModule.project(APP).compileTo(tmp, config("com.acme.LoggingConfigFile", YAML));

    Compilation test = RigModule.project(APP).dependingOn(main.folder()).compile(A_TEST);

    assertThat(test).succeededWithoutWarnings();
    assertGeneratedNothing(test);
    assertThat(main.classOutputFiles())
        .containsAtLeast(
            "com/acme/RigMain.class",
            "com/acme/RigRegistry.class",
            "META-INF/services/dev.rig.runtime.internal.ConfigRegistry",
            "dev/rig/index/com_acme_RigRegistry_RigModule.class");
  }

  @Test
  void configInTestSourcesIsNotRegisteredAndSaysWhereToMoveIt(@TempDir Path tmp) {
    CompiledModule main =
        RigModule.project(APP).compileTo(tmp, config("com.acme.LoggingConfigFile", YAML));
    JavaFileObject fixture = config("com.acme.FixtureConfigFile", YAML);

    Compilation test = RigModule.project(APP).dependingOn(main.folder()).compile(A_TEST, fixture);

    assertThat(test).succeeded();
    assertThat(test).hadWarningCount(1);
    assertThat(test)
        .hadWarningContaining(
            Message.CONFIG_IN_TEST_SOURCES.tag() + " com.acme.FixtureConfigFile is not"
                + " registered: this is the test compilation of com.acme:app:1.0.0, whose"
                + " RigRegistry the main compilation generated. Move FixtureConfigFile to"
                + " src/main/java to make rig manage its file.")
        .inFile(fixture)
        .onLineContaining("@RigConfig");
    assertGeneratedNothing(test);
  }

  @Test
  void invalidConfigInTestSourcesIsStillAnError(@TempDir Path tmp) {
    CompiledModule main =
        RigModule.project(APP).compileTo(tmp, config("com.acme.LoggingConfigFile", YAML));
    JavaFileObject fixture =
        source("com.acme.Fixture", "package com.acme;", "",
            "@dev.rig.annotations.RigConfig", "public interface Fixture {}");

    Compilation test = RigModule.project(APP).dependingOn(main.folder()).compile(fixture);

    assertThat(test).hadErrorContaining(Message.NOT_A_CLASS.tag())
        .inFile(fixture).onLineContaining("public interface Fixture");
  }

  @Test
  void testDoublesThatSubclassAConfigNeedNoAnnotation(@TempDir Path tmp) {
    CompiledModule main =
        RigModule.project(APP).compileTo(tmp, config("com.acme.LoggingConfigFile", YAML));

    Compilation test =
        RigModule.project(APP)
            .dependingOn(main.folder())
            .compile(unannotated("com.acme.QuietLoggingConfigFile", "com.acme.LoggingConfigFile"));

    assertThat(test).succeededWithoutWarnings();
  }

  @Test
  void withoutCoordinatesTheSamePackageMeansTheSameModule(@TempDir Path tmp) {
    CompiledModule main =
        RigModule.project("").compileTo(tmp, config("com.acme.LoggingConfigFile", YAML));

    Compilation test = RigModule.project("").dependingOn(main.folder()).compile(A_TEST);

    assertThat(test).succeededWithoutWarnings();
    assertGeneratedNothing(test);
  }

  @Test
  void aDependencyInTheSamePackageButWithOtherCoordinatesIsAClash(@TempDir Path tmp) {
    CompiledModule library =
        RigModule.project("com.acme:library:1.0.0")
            .compileTo(tmp, config("com.acme.LoggingConfigFile", YAML));

    Compilation app = RigModule.project(APP).dependingOn(library.folder()).compile(A_TEST);

    assertThat(app).hadErrorCount(1);
    assertThat(app)
        .hadErrorContaining(
            Message.REGISTRY_CLASH.tag() + " com.acme.RigRegistry already exists on the"
                + " classpath, generated for com.acme:library:1.0.0; a second one here would"
                + " hide it. Give this project its own package with -Arig.package=<package>.");
  }

  /**
   * A service keeps rig-runtime a test dependency, so its main compilation sees no rig and
   * generates nothing; its test compilation, with its config classes, is where its registry and
   * RigMain come from.
   */
  @Test
  void aModuleWhoseMainCompilationGeneratedNothingGetsItsRegistryFromItsTests(@TempDir Path tmp) {
    Path main = tmp.resolve("classes");
    assertThat(
            PlainJavac.compile(
                main,
                List.of(),
                List.of(),
                List.of(source("com.acme.App", "package com.acme;", "", "public class App {}"))))
        .isEmpty();

    Compilation test =
        RigModule.project(APP)
            .dependingOn(main.toFile())
            .compile(
                source("com.acme.AppTest", "package com.acme;", "", "class AppTest {}"),
                config("com.acme.configs.AuthConfigFile", YAML));

    assertThat(test).succeededWithoutWarnings();
    assertThat(test).generatedSourceFile("com.acme.RigRegistry");
    assertThat(test).generatedSourceFile("com.acme.RigMain");
  }
}
