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
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the two designs meet: "nothing in production" (a service has rig only in test scope and
 * its configs in src/test/java; a base has its configs in src/main/java) and the rule that a test
 * compilation finds its module's main output beside its own. A service's main output holds no rig
 * marker, so its test compilation is the service's registry compilation (one level below the
 * deepest library), not a test of a rig module; a base's test compilation stays a test of the base.
 * Every compilation runs with javax.tools into real folders laid out as the build tool lays them.
 */
class ServiceAndBaseLayoutTest {

  private static final String BASE = "com.acme:service-base:1.0.0";
  private static final String SERVICE = "com.acme:auth-service:1.0.0";

  @TempDir Path work;

  @ParameterizedTest(name = "{0} layout, -Arig.coordinates on the test compilation: {1}")
  @CsvSource({
    "target/classes, target/test-classes, true",
    "target/classes, target/test-classes, false",
    "build/classes/java/main, build/classes/java/test, true",
    "build/classes/java/main, build/classes/java/test, false"
  })
  void aServicesTestCompilationGeneratesItsRegistryBelowTheDeepestLibrary(
      String mainFolder, String testFolder, boolean coordinates) {
    CompiledModule base = base();
    Path service = work.resolve("auth-service");
    CompiledModule main =
        new CompiledModule(service.resolve(mainFolder), service.resolve("gen/main"));
    CompiledModule test =
        new CompiledModule(service.resolve(testFolder), service.resolve("gen/test"));

    // The main compilation: the processor is listed, but no rig class is on this classpath.
    assertThat(RigModule.withoutRig(SERVICE).compileInto(main, app())).isEmpty();
    assertWithMessage("the service's main compilation generated something")
        .that(files(main.generatedSources())).isEmpty();
    assertThat(files(main.classes())).containsExactly("com/acme/auth/App.class");

    RigModule testCompile =
        RigModule.project(coordinates ? SERVICE : "").dependingOn(base.folder(), main.folder());
    assertThat(testCompile.compileInto(test, serviceConfig(), aTest())).isEmpty();
    assertRegistry(test, "com/acme/auth/RigRegistry.java", 2);
    assertThat(files(test.generatedSources())).contains("com/acme/auth/RigMain.java");

    // The next build: the test output, on its own classpath, holds the first build's registry.
    assertThat(testCompile.dependingOn(test.folder()).compileInto(test, serviceConfig(), aTest()))
        .isEmpty();
    assertRegistry(test, "com/acme/auth/RigRegistry.java", 2);
    assertThat(files(main.classes())).containsExactly("com/acme/auth/App.class");
  }

  @Test
  void aBaseKeepsOneRegistryFromItsMainCompilationAndNoneFromItsTests() {
    CompiledModule base = base();
    Path testClasses = base.classes().resolveSibling("test-classes");
    CompiledModule test = new CompiledModule(testClasses, testClasses.resolveSibling("gen-test"));

    assertThat(RigModule.project(BASE).dependingOn(base.folder()).compileInto(test,
            source("com.acme.base.BaseTest", "package com.acme.base;", "",
                "class BaseTest {", "  Object config = new com.acme.base.configs.LogConfigFile();",
                "}")))
        .isEmpty();

    assertThat(files(test.generatedSources())).isEmpty();
    assertThat(files(test.classes())).containsExactly("com/acme/base/BaseTest.class");
    assertRegistry(base, "com/acme/base/configs/RigRegistry.java", 1);
  }

  // ---------------------------------------------------------------------------------------------

  /** service-base: its configs in src/main/java, rig-runtime provided; depth 1. */
  private CompiledModule base() {
    Path target = work.resolve("service-base/target");
    CompiledModule base =
        new CompiledModule(target.resolve("classes"), target.resolve("generated-sources"));
    if (!Files.isDirectory(base.classes())) {
      assertThat(RigModule.project(BASE)
              .compileInto(base, config("com.acme.base.configs.LogConfigFile", YAML)))
          .isEmpty();
    }
    return base;
  }

  private static JavaFileObject app() {
    return source("com.acme.auth.App", "package com.acme.auth;", "", "public class App {}");
  }

  private static JavaFileObject serviceConfig() {
    return config("com.acme.auth.configs.AuthConfigFile", YAML);
  }

  private static JavaFileObject aTest() {
    return source("com.acme.auth.AppTest", "package com.acme.auth;", "",
        "class AppTest {", "  Object app = new App();", "}");
  }

  /** {@code module}'s one registry is {@code registry}, at {@code depth}, listed once. */
  private static void assertRegistry(CompiledModule module, String registry, int depth) {
    List<String> registries = files(module.generatedSources()).stream()
        .filter(file -> file.endsWith("/RigRegistry.java")).toList();
    assertThat(registries).containsExactly(registry);
    assertThat(read(module.generatedSources().resolve(registry)))
        .contains("public int depth() {\n    return " + depth + ";");
    assertThat(read(module.classes().resolve("META-INF/services/dev.rig.runtime.internal.ConfigRegistry"))
            .lines().toList())
        .containsExactly(registry.replace(".java", "").replace('/', '.'));
  }
}
