package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;

import com.google.testing.compile.Compilation;
import dev.rig.processor.testing.CompiledModule;
import dev.rig.processor.testing.Goldens;
import dev.rig.processor.testing.MainRunner;
import dev.rig.processor.testing.RigModule;
import dev.rig.processor.testing.RuntimeStub;
import dev.rig.processor.testing.TestFiles;
import dev.rig.annotations.RigConfig;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's chain: rig (depth 0) → service-base (depth 1) → auth-service (depth 2). Each
 * compilation has only the real output of the previous ones on its classpath, as a class folder
 * or a jar, exactly as Maven would give it.
 */
class CrossCompilationTest {

  private static final String BASE = "com.myorg:service-base:1.0.0";
  private static final String AUTH = "com.myorg:auth-service:1.0.0";

  @Test
  void subclassInASecondCompilationReplacesTheConfigItExtends(
      @TempDir Path tmp, TestInfo test) {
    CompiledModule serviceBase =
        RigModule.project(BASE)
            .compileTo(tmp, config("com.myorg.servicebase.LoggingConfigFile", YAML));

    Compilation auth =
        RigModule.project(AUTH)
            .dependingOn(serviceBase.folder())
            .compile(
                config("com.myorg.auth.LoggingConfigFile",
                    "com.myorg.servicebase.LoggingConfigFile"));

    assertThat(auth).succeededWithoutWarnings();
    String registry = Goldens.of(test).sourceOf(auth, "com.myorg.auth.RigRegistry");
    assertThat(registry).contains("\"com.myorg.auth.LoggingConfigFile\"");
    assertThat(registry)
        .doesNotContain("new com.myorg.servicebase.LoggingConfigFile()");
    Goldens.of(test).assertSource(auth, "com.myorg.auth.RigRegistry");
  }

  @Test
  void chainOfThreeHasDepthsZeroOneTwoAndTheDeepestSubclassIsTheLeaf(
      @TempDir Path tmp, TestInfo test) throws IOException {
    CompiledModule serviceBase =
        RigModule.project(BASE)
            .compileTo(
                tmp.resolve("service-base"),
                config("com.myorg.servicebase.LoggingConfigFile", YAML),
                config("com.myorg.servicebase.MkdocsConfigFile", RuntimeStub.MKDOCS));

    Compilation auth =
        RigModule.project(AUTH)
            .dependingOn(serviceBase.jar())
            .compile(
                config("com.myorg.auth.AuthConfigFile", YAML),
                config("com.myorg.auth.MkdocsConfigFile",
                    "com.myorg.servicebase.MkdocsConfigFile"));

    assertThat(auth).succeededWithoutWarnings();
    assertThat(generated(RuntimeStub.classes().resolveSibling("generated"),
        "dev/rig/index/dev_rig_runtime_configs_RigRegistry_RigModule.java"))
        .contains("depth = 0,");
    assertThat(generated(serviceBase.generatedSources(),
        "com/myorg/servicebase/RigRegistry.java"))
        .contains("public int depth() {\n    return 1;");
    Goldens.of(test)
        .assertFile("com.myorg.servicebase.RigRegistry",
            serviceBase.generatedSources().resolve("com/myorg/servicebase/RigRegistry.java"))
        .assertSource(auth, "com.myorg.auth.RigRegistry");
  }

  @Test
  void generatedMainRunsAndListsEveryLeafWithWhatItOverridesAndItsDepth(@TempDir Path tmp)
      throws Exception {
    CompiledModule serviceBase =
        RigModule.project(BASE)
            .compileTo(
                tmp.resolve("service-base"),
                config("com.myorg.servicebase.LoggingConfigFile", YAML),
                config("com.myorg.servicebase.MkdocsConfigFile", RuntimeStub.MKDOCS));
    File baseJar = serviceBase.jar();
    CompiledModule auth =
        RigModule.project(AUTH)
            .dependingOn(baseJar)
            .compileTo(
                tmp.resolve("auth-service"),
                config("com.myorg.auth.LoggingConfigFile",
                    "com.myorg.servicebase.LoggingConfigFile"));

    List<File> classpath = List.of(auth.folder(), baseJar, RuntimeStub.classes().toFile(),
        TestFiles.locationOf(RigConfig.class));
    List<String> output = MainRunner.run(classpath, "com.myorg.auth.RigMain", "list");

    assertThat(output)
        .containsExactly(
            "com.myorg.auth.LoggingConfigFile overrides"
                + " [com.myorg.servicebase.LoggingConfigFile] depth 2",
            "com.myorg.servicebase.MkdocsConfigFile overrides"
                + " [dev.rig.runtime.configs.MkdocsConfigFile] depth 1")
        .inOrder();
    // Each factory creates its own leaf, from this module's classes and from the library's jar.
    assertThat(MainRunner.run(classpath, "com.myorg.auth.RigMain", "create"))
        .containsExactly(
            "com.myorg.auth.LoggingConfigFile creates com.myorg.auth.LoggingConfigFile",
            "com.myorg.servicebase.MkdocsConfigFile creates com.myorg.servicebase.MkdocsConfigFile")
        .inOrder();
  }

  private static String generated(Path sources, String path) throws IOException {
    return Files.readString(sources.resolve(path), StandardCharsets.UTF_8);
  }
}
