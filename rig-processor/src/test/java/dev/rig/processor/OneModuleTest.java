package dev.rig.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;
import static dev.rig.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import dev.rig.processor.testing.Goldens;
import dev.rig.processor.testing.RigModule;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** service-base adds its own config on top of rig's defaults, in one compilation. */
class OneModuleTest {

  private static final JavaFileObject LOGGING =
      source(
          "com.myorg.servicebase.configs.LoggingConfigFile",
          "package com.myorg.servicebase.configs;",
          "",
          "import dev.rig.annotations.RigConfig;",
          "import dev.rig.runtime.format.YamlConfigFile;",
          "import java.nio.file.Path;",
          "import java.util.LinkedHashMap;",
          "import java.util.Map;",
          "",
          "/** Shared logging configuration for all services. */",
          "@RigConfig",
          "public class LoggingConfigFile extends YamlConfigFile {",
          "  @Override",
          "  protected Path parentPath() {",
          "    return Path.of(\"config\");",
          "  }",
          "",
          "  @Override",
          "  protected Map<String, Object> configs() {",
          "    Map<String, Object> root = new LinkedHashMap<>();",
          "    root.put(\"level\", \"INFO\");",
          "    Map<String, Object> logging = new LinkedHashMap<>();",
          "    logging.put(\"version\", 1);",
          "    logging.put(\"root\", root);",
          "    Map<String, Object> config = new LinkedHashMap<>();",
          "    config.put(\"logging\", logging);",
          "    return config;",
          "  }",
          "}");

  private static final JavaFileObject APPLICATION =
      source(
          "com.myorg.servicebase.ServiceBase",
          "package com.myorg.servicebase;",
          "",
          "/** The library's own code: rig places RigRegistry and RigMain next to it. */",
          "public final class ServiceBase {",
          "  private ServiceBase() {}",
          "}");

  @Test
  void generatesRegistryMainMarkerAndServiceEntry(TestInfo test) {
    Compilation compilation =
        RigModule.project("com.myorg:service-base:1.0.0")
            .withOption("-Xlint:all,-processing")
            .withOption("-Werror")
            .compile(LOGGING, APPLICATION);

    assertThat(compilation).succeededWithoutWarnings();
    Goldens.of(test)
        .assertSource(compilation, "com.myorg.servicebase.RigRegistry")
        .assertSource(compilation, "com.myorg.servicebase.RigMain")
        .assertSource(compilation, "dev.rig.index.com_myorg_servicebase_RigRegistry_RigModule")
        .assertResource(compilation, "META-INF/services/dev.rig.runtime.internal.ConfigRegistry");
  }

  @Test
  void aProjectWithoutConfigsOfItsOwnStillGetsTheInheritedOnes(TestInfo test) {
    Compilation compilation = RigModule.project("com.myorg:auth-service:1.0.0").compile(
        source(
            "com.myorg.auth.AuthService",
            "package com.myorg.auth;",
            "",
            "public final class AuthService {}"));

    assertThat(compilation).succeededWithoutWarnings();
    Goldens.of(test).assertSource(compilation, "com.myorg.auth.RigRegistry");
  }

  @Test
  void packageOptionPlacesRegistryAndMain() {
    Compilation compilation =
        RigModule.project("com.myorg:service-base:1.0.0")
            .withOption("-Arig.package=com.myorg.rig")
            .compile(LOGGING, APPLICATION);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.myorg.rig.RigRegistry")
        .contentsAsUtf8String().contains("return \"com.myorg.rig\";");
    assertThat(compilation).generatedSourceFile("com.myorg.rig.RigMain");
    assertThat(compilation)
        .generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
            "META-INF/services/dev.rig.runtime.internal.ConfigRegistry")
        .contentsAsUtf8String().isEqualTo("com.myorg.rig.RigRegistry\n");
  }

  @Test
  void configsAreListedInCanonicalNameOrderWhateverTheSourceOrder() {
    JavaFileObject zebra = config("com.myorg.servicebase.ZebraConfigFile", YAML);
    JavaFileObject alpha = config("com.myorg.servicebase.AlphaConfigFile", YAML);

    String forward = registryOf(RigModule.project("").compile(zebra, alpha));
    String backward = registryOf(RigModule.project("").compile(alpha, zebra));

    org.junit.jupiter.api.Assertions.assertEquals(forward, backward);
    // com.myorg... sorts before rig's dev.rig.runtime.configs.MkdocsConfigFile
    com.google.common.truth.Truth.assertThat(forward)
        .contains(" = \"com.myorg.servicebase.AlphaConfigFile\\n\"\n"
            + "      + \"com.myorg.servicebase.ZebraConfigFile\\n\";");
    com.google.common.truth.Truth.assertThat(forward)
        .contains("Map<String, RegisteredConfig> configs = new TreeMap<String, RegisteredConfig>();");
  }

  private static String registryOf(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    try {
      return compilation.generatedSourceFile("com.myorg.servicebase.RigRegistry").orElseThrow()
          .getCharContent(true).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
