package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;
import static dev.rig.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import dev.rig.processor.testing.CompiledModule;
import dev.rig.processor.testing.RigModule;
import dev.rig.processor.testing.RuntimeStub;
import dev.rig.processor.testing.Sources;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code compiles at the compilation's own source level, down to Java 8: libraries still
 * target 8, and some builds add an 8-level compile step. rig generates Java 8 code at every level
 * (no text block, switch expression, {@code var}, {@code List.of}, record), which costs nothing:
 * javac folds the table's concatenated literals into one constant, as it does a text block.
 */
class SourceLevelTest {

  /** javac 17+ warns that 8 is obsolete: a note about the JDK, not about rig's code. */
  private static final String NOT_OBSOLETE = "-Xlint:-options";

  private static RigModule release8(String coordinates) {
    return RigModule.project(coordinates).withOptions(List.of("--release", "8", NOT_OBSOLETE));
  }

  /** Configs whose registry needs every construct: a deprecated one, nested, clashing names. */
  private static JavaFileObject[] java8Sources() {
    return new JavaFileObject[] {
      config("com.acme.docs.LoggingConfigFile", YAML),
      config("com.acme.ops.LoggingConfigFile", YAML),
      config("com.acme.MkdocsConfigFile", RuntimeStub.MKDOCS),
      Sources.legacyConfigs(false)
    };
  }

  @Test
  void theRegistryCompilesWithRelease8(@TempDir Path tmp) {
    CompiledModule library =
        release8("com.acme:library:1.0.0")
            .compileTo(tmp.resolve("library"), java8Sources());

    Compilation app =
        release8("com.acme.app:app:1.0.0")
            .dependingOn(library.folder())
            .withOptions(RigModule.LINT)
            .compile(config("com.acme.app.AuthConfigFile", YAML));

    assertThat(app).succeededWithoutWarnings();
    String registry = Sources.generatedOneLine(app, "com.acme.app.RigRegistry");
    assertThat(registry).contains("@Generated(\"dev.rig.processor.RigProcessor\")");
    assertThat(registry).contains("import javax.annotation.Generated;");
  }

  @Test
  void theRegistryCompilesWithSource8(@TempDir Path tmp) {
    Compilation compilation =
        RigModule.project("com.acme:library:1.0.0")
            .withOption("-source")
            .withOption("8")
            .withOption("-target")
            .withOption("8")
            .withOption(NOT_OBSOLETE)
            .withOptions(RigModule.LINT)
            .compile(java8Sources());

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aProjectWithOnlyInheritedConfigsCompilesWithRelease8() {
    Compilation compilation =
        release8("com.acme:empty:1.0.0")
            .withOptions(RigModule.LINT)
            .compile(source("com.acme.App", "package com.acme;", "", "public class App {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Sources.generatedOneLine(compilation, "com.acme.RigRegistry"))
        .contains("private static final String LEAVES_0 ="
            + " \"dev.rig.runtime.configs.MkdocsConfigFile\\n\";");
  }

  /** The same registry at the JDK's own level keeps Java 9's {@code @Generated}. */
  @Test
  void atTheJdksOwnLevelTheRegistryCarriesJava9sGenerated() {
    Compilation compilation =
        RigModule.project("com.acme:library:1.0.0").compile(java8Sources());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Sources.generatedOneLine(compilation, "com.acme.RigRegistry"))
        .contains("import javax.annotation.processing.Generated;");
  }
}
