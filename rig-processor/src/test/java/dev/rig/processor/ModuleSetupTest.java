package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;
import static dev.rig.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import dev.rig.annotations.RigConfig;
import dev.rig.processor.report.Message;
import dev.rig.processor.testing.PlainJavac;
import dev.rig.processor.testing.RigModule;
import dev.rig.processor.testing.Sources;
import dev.rig.processor.testing.TestFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the registry goes, the -A options, depth, and what a compilation needs on its classpath. */
class ModuleSetupTest {

  @Test
  void registryGoesToTheCommonPackageOfTheSources() {
    Compilation compilation =
        RigModule.project("com.acme:app:1.0.0")
            .compile(
                config("com.acme.service.configs.LoggingConfigFile", YAML),
                source("com.acme.service.api.Api", "package com.acme.service.api;", "",
                    "public interface Api {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.service.RigRegistry");
    assertThat(compilation).generatedSourceFile("com.acme.service.RigMain");
  }

  @Test
  void sourcesWithoutCommonPackageNeedTheOption() {
    Compilation compilation =
        RigModule.project("com.acme:app:1.0.0")
            .compile(
                source("com.acme.A", "package com.acme;", "", "public class A {}"),
                source("org.other.B", "package org.other;", "", "public class B {}"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.NO_PACKAGE.tag() + " rig cannot choose a package for RigRegistry and"
                + " RigMain: the sources of this compilation share no common package. Pass"
                + " -Arig.package=<your base package> to javac");
  }

  /**
   * The test compile of a multi-module build whose sources sit in org.acme.x and org.other.y
   * generated org.RigRegistry: a top-level name is no project's package.
   */
  @Test
  void aTopLevelCommonPackageGetsNoRegistryButAWarning() {
    Compilation compilation =
        RigModule.project("org.acme:app:1.0.0")
            .compile(
                config("org.acme.configs.LoggingConfigFile", YAML),
                source("org.other.B", "package org.other;", "", "public class B {}"));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            Message.TOO_SHORT_PACKAGE.tag() + " rig generates no RigRegistry in this compilation:"
                + " the only package its sources share is `org`");
    assertThat(compilation).hadWarningContaining("-Arig.package=com.example.service");
    assertThat(compilation.generatedSourceFiles().stream()
            .map(file -> file.getName()).filter(name -> name.endsWith("RigRegistry.java")))
        .isEmpty();

    Compilation withOption =
        RigModule.project("org.acme:app:1.0.0")
            .withOption("-Arig.package=org.acme")
            .compile(
                config("org.acme.configs.LoggingConfigFile", YAML),
                source("org.other.B", "package org.other;", "", "public class B {}"));
    assertThat(withOption).succeededWithoutWarnings();
    assertThat(withOption).generatedSourceFile("org.acme.RigRegistry");
  }

  @Test
  void malformedOptionsAreErrors() {
    Compilation compilation =
        RigModule.project("")
            .withOption("-Arig.coordinates=com.acme:app")
            .withOption("-Arig.package=com.acme.1x")
            .compile(config("com.acme.LoggingConfigFile", YAML));

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            Message.INVALID_COORDINATES_OPTION.tag() + " -Arig.coordinates=com.acme:app is not"
                + " groupId:artifactId:version.");
    assertThat(compilation)
        .hadErrorContaining(
            Message.INVALID_PACKAGE_OPTION.tag() + " -Arig.package=com.acme.1x is not a Java"
                + " package name.");
  }

  @Test
  void withoutRigRuntimeOnTheClasspathTheRegistryCouldNotCompile() {
    Compilation compilation =
        javacWithoutRuntime().compile(source("com.acme.A", "package com.acme;", "",
            "public class A {}"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.RUNTIME_MISSING.tag() + " @RigConfig is on the classpath but rig-runtime is not,"
                + " so the generated RigRegistry would not compile. Add the dependency"
                + " dev.rig:rig-runtime, at this rig-processor's version, in scope test for a"
                + " service (its configs are test sources) or provided for a library of standards"
                + " (its configs are main sources).");
    // The message is about the dependency to add, not the internal class rig probes for it.
    for (javax.tools.Diagnostic<?> error : compilation.errors()) {
      assertThat(error.getMessage(java.util.Locale.ROOT)).doesNotContain(".internal.");
    }
  }

  /**
   * A service's main compilation: rig-runtime is a test dependency, so no rig class is on this
   * classpath, and the processor (listed once for both compilations) stays out of the way; the
   * test compilation generates the service's registry.
   */
  @Test
  void withoutAnyRigClassOnTheClasspathTheProcessorDoesNothing() {
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new RigProcessor())
            .withClasspath(List.of())
            .withOptions("-Arig.coordinates=com.acme:service:1.0.0")
            .compile(source("com.acme.A", "package com.acme;", "", "public class A {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  @Test
  void depthIsOneMoreThanTheDeepestModuleOnTheClasspath(@TempDir Path tmp) {
    File deep = fakeModule(tmp, 46);

    Compilation compilation =
        RigModule.project("com.acme:app:1.0.0").dependingOn(deep)
            .compile(config("com.acme.LoggingConfigFile", YAML));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.RigRegistry").contentsAsUtf8String()
        .contains("public int depth() {\n    return 47;");
  }

  @Test
  void depthPastTheLastNightlySlotIsWarnedAbout(@TempDir Path tmp) {
    File deep = fakeModule(tmp, 47);

    Compilation compilation =
        RigModule.project("com.acme:app:1.0.0").dependingOn(deep)
            .compile(config("com.acme.LoggingConfigFile", YAML));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            Message.DEPTH_PAST_NIGHTLY_SLOTS.tag() + " This project is at depth 48: rig staggers"
                + " the nightly health check by depth in half-hour slots from 00:00 UTC, and a day"
                + " has slots for depths 0 to 47 only;");
  }

  @Test
  void anIndexEntryWhoseRegistryIsGoneIsIgnoredWithAWarning(@TempDir Path tmp) {
    List<String> diagnostics =
        PlainJavac.compile(tmp, List.of(TestFiles.locationOf(RigConfig.class)), List.of(),
            List.of(source("dev.rig.index.com_gone_RigRegistry_RigModule",
                "package dev.rig.index;",
                "",
                "@dev.rig.annotations.RigModuleEntry(",
                "    registry = \"com.gone.RigRegistry\", depth = 1, coordinates = \"com.gone:gone:1\",",
                "    configs = @dev.rig.annotations.RigModuleEntry.Config(",
                "        name = \"com.gone.GoneConfigFile\"))",
                "public final class com_gone_RigRegistry_RigModule {}")));
    assertThat(diagnostics).isEmpty();

    Compilation compilation =
        RigModule.project("com.acme:app:1.0.0").dependingOn(tmp.toFile())
            .compile(config("com.acme.LoggingConfigFile", YAML));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            Message.STALE_INDEX_ENTRY.tag() + " The rig index on the classpath names the"
                + " registry com.gone.RigRegistry (from com.gone:gone:1), which creates that"
                + " library's configs, but that class is not on the classpath; rig ignores the"
                + " library's configs.");
    assertThat(Sources.generatedOneLine(compilation, "com.acme.RigRegistry"))
        .doesNotContain("com.gone");
  }

  @Test
  void indexEntriesOfAnOlderRigAreIgnoredWithAWarning(@TempDir Path tmp) {
    List<String> diagnostics =
        PlainJavac.compile(tmp, List.of(), List.of(),
            List.of(source("dev.rig.index.com_old_LoggingConfigFile_RigIndex",
                "package dev.rig.index;",
                "",
                "public final class com_old_LoggingConfigFile_RigIndex {}")));
    assertThat(diagnostics).isEmpty();

    Compilation compilation =
        RigModule.project("com.acme:app:1.0.0").dependingOn(tmp.toFile())
            .compile(config("com.acme.LoggingConfigFile", YAML));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            Message.OLDER_INDEX.tag() + " The classpath holds index entries of an older"
                + " rig-processor (1, such as dev.rig.index.com_old_LoggingConfigFile_RigIndex);"
                + " rig cannot read them and ignores the configs they stand for.");
  }

  /** A module marker of the given depth, as a library at that depth would carry it. */
  private static File fakeModule(Path tmp, int depth) {
    List<String> diagnostics =
        PlainJavac.compile(tmp, List.of(TestFiles.locationOf(RigConfig.class)), List.of(),
            List.of(source("dev.rig.index.com_deep_RigRegistry_RigModule",
                "package dev.rig.index;",
                "",
                "@dev.rig.annotations.RigModuleEntry(",
                "    registry = \"com.deep.RigRegistry\", depth = " + depth + ",",
                "    coordinates = \"com.deep:deep:1.0.0\")",
                "public final class com_deep_RigRegistry_RigModule {}")));
    assertThat(diagnostics).isEmpty();
    return tmp.toFile();
  }

  private static com.google.testing.compile.Compiler javacWithoutRuntime() {
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new RigProcessor())
        .withClasspath(List.of(TestFiles.locationOf(RigConfig.class)));
  }
}
