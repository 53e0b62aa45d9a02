package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;

import dev.rig.annotations.RigConfig;
import dev.rig.processor.testing.CompiledModule;
import dev.rig.processor.testing.MainRunner;
import dev.rig.processor.testing.RigModule;
import dev.rig.processor.testing.RuntimeStub;
import dev.rig.processor.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of configs. The JVM limits a method to 65,535 bytes of bytecode and a string constant
 * to 65,535 bytes: a registry that listed every leaf in one method stopped compiling at about
 * 2,400 leaves ({@code code too large}). A library of 5,000 configs, and a service on it, compile
 * cleanly, and each leaf's factory creates that very leaf.
 */
class ManyLeavesTest {

  private static final int CONFIGS = 5_000;

  @Test
  void fiveThousandConfigsCompileCleanlyAndEachFactoryCreatesItsLeaf(@TempDir Path tmp)
      throws Exception {
    CompiledModule library =
        RigModule.project("com.acme:big:1.0.0").compileTo(tmp.resolve("big"), manyConfigs());
    CompiledModule service =
        RigModule.project("com.acme:service:1.0.0")
            .dependingOn(library.folder())
            .compileTo(tmp.resolve("service"),
                config("com.acme.service.LoggingConfigFile", "com.acme.Many.C0001"));

    String big = read(library.generatedSources().resolve("com/acme/RigRegistry.java"));
    // 5,000 cases of create(String), 250 to a method; 100 kB of table, about 32 kB to a constant.
    assertThat(big).contains("private static ConfigFile<?> create19(String className)");
    assertThat(big).doesNotContain("create20");
    assertThat(big).contains(
        "add(configs, LEAVES_3, 1, \"com.acme:big:1.0.0\", RigRegistry::create);");
    assertThat(big).contains("add(configs, LEAVES_4, 0, \"dev.rig:rig-runtime:1.0.0\",");
    assertThat(big).doesNotContain("LEAVES_5");

    List<String> created =
        MainRunner.run(
            List.of(service.folder(), library.folder(), RuntimeStub.classes().toFile(),
                TestFiles.locationOf(RigConfig.class)),
            "com.acme.service.RigMain", "create");
    // The library's 5,000 configs but the one the service overrides, the service's, rig's.
    assertThat(created).hasSize(CONFIGS + 1);
    assertThat(created).contains("com.acme.Many.C0000 creates com.acme.Many.C0000");
    assertThat(created).contains("com.acme.Many.C4999 creates com.acme.Many.C4999");
    assertThat(created)
        .contains("com.acme.service.LoggingConfigFile creates com.acme.service.LoggingConfigFile");
    assertThat(created).doesNotContain("com.acme.Many.C0001 creates com.acme.Many.C0001");
    for (String line : created) {
      String[] leafAndCreated = line.split(" creates ");
      assertThat(leafAndCreated[1]).isEqualTo(leafAndCreated[0]);
    }
  }

  private static String read(Path file) throws java.io.IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** One source of many small nested configs: javac compiles them much faster than many files. */
  private static JavaFileObject manyConfigs() {
    List<String> lines = new ArrayList<>(List.of(
        "package com.acme;",
        "",
        "import dev.rig.annotations.RigConfig;",
        "import java.util.LinkedHashMap;",
        "import java.util.Map;",
        "",
        "public final class Many {",
        "  private Many() {}",
        "",
        "  public abstract static class Base extends " + YAML + " {",
        "    @Override",
        "    protected Map<String, Object> configs() {",
        "      return new LinkedHashMap<>();",
        "    }",
        "  }"));
    for (int i = 0; i < CONFIGS; i++) {
      lines.add(String.format(Locale.ROOT,
          "  @RigConfig public static class C%04d extends Base {}", i));
    }
    lines.add("}");
    return com.google.testing.compile.JavaFileObjects.forSourceLines("com.acme.Many", lines);
  }
}
