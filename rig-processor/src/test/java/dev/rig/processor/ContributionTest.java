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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contributions: {@code @RigConfig} classes that extend {@code Contribution<C>} are indexed with
 * the configs, listed in every downstream registry, created by their own module's registry, and
 * refused when {@code C} is not a config of the chain.
 */
class ContributionTest {

  private static final String OBS = "com.obs:observability:1.0.0";
  private static final String SEC = "com.sec:security:2.0.0";
  private static final String SERVICE = "com.acme:orders:1.0.0";

  /** {@code @RigConfig public class <name> extends Contribution<target>} with configs(). */
  static JavaFileObject contribution(String className, String target, String arguments) {
    int dot = className.lastIndexOf('.');
    return source(className,
        "package " + className.substring(0, dot) + ";",
        "",
        "import dev.rig.annotations.RigConfig;",
        "import dev.rig.runtime.Contribution;",
        "import java.util.LinkedHashMap;",
        "import java.util.Map;",
        "",
        "@RigConfig" + (arguments.isEmpty() ? "" : "(" + arguments + ")"),
        "public class " + className.substring(dot + 1) + " extends Contribution<" + target + "> {",
        "  @Override",
        "  protected Map<String, Object> configs() {",
        "    return new LinkedHashMap<>();",
        "  }",
        "}");
  }

  @Test
  void aContributionIsDiscoveredAndCreatedByItsOwnRegistryInJava8Code() {
    Compilation compilation =
        RigModule.project(OBS)
            .compile(
                contribution("com.obs.ObservabilityMkdocs", RuntimeStub.MKDOCS, ""),
                config("com.obs.LoggingConfigFile", YAML));

    assertThat(compilation).succeededWithoutWarnings();
    String registry = generated(compilation, "com.obs.RigRegistry");
    assertThat(registry).contains(
        "contributions.add(new RegisteredContribution(\"com.obs.ObservabilityMkdocs\", ()"
            + " -> RigRegistry.createContribution(\"com.obs.ObservabilityMkdocs\"),"
            + " \"dev.rig.runtime.configs.MkdocsConfigFile\", Collections.<String>emptyList(), 1,"
            + " \"com.obs:observability:1.0.0\"));");
    assertThat(registry).contains("case \"com.obs.ObservabilityMkdocs\":\n"
        + "        return new ObservabilityMkdocs();");
    assertThat(registry).doesNotContain("List.of(\"");
    // The contribution is no leaf: only the config is.
    assertThat(registry).doesNotContain("com.obs.ObservabilityMkdocs dev.rig");
    String marker = generated(compilation, "dev.rig.index.com_obs_RigRegistry_RigModule");
    assertThat(marker).contains("name = \"com.obs.ObservabilityMkdocs\"");
    assertThat(marker).contains("target = \"dev.rig.runtime.configs.MkdocsConfigFile\"");
  }

  @Test
  void contributionsOfTwoJarsReachAServiceWithNoClassOfItsOwnInNameOrder(@TempDir Path tmp)
      throws IOException {
    CompiledModule security =
        RigModule.project(SEC).compileTo(tmp.resolve("security"),
            contribution("com.sec.SecurityMkdocs", RuntimeStub.MKDOCS, ""));
    CompiledModule observability =
        RigModule.project(OBS).compileTo(tmp.resolve("observability"),
            contribution("com.obs.ObservabilityMkdocs", RuntimeStub.MKDOCS, ""));

    Compilation service =
        RigModule.project(SERVICE)
            .dependingOn(security.jar(), observability.jar())
            .compile(source("com.acme.orders.Orders",
                "package com.acme.orders;", "", "public class Orders {}"));

    assertThat(service).succeededWithoutWarnings();
    String registry = generated(service, "com.acme.orders.RigRegistry");
    int obs = registry.indexOf(
        "\"com.obs.ObservabilityMkdocs\", () -> com.obs.RigRegistry.createContribution(");
    int sec = registry.indexOf(
        "\"com.sec.SecurityMkdocs\", () -> com.sec.RigRegistry.createContribution(");
    assertThat(obs).isGreaterThan(0);
    assertThat(sec).isGreaterThan(obs);
    assertThat(registry).contains("1, \"com.sec:security:2.0.0\"));");
    assertThat(registry).doesNotContain("createContribution(String className)");
    assertThat(Files.readString(security.generatedSources().resolve("com/sec/RigRegistry.java"),
        StandardCharsets.UTF_8)).contains("createContribution(String className)");
  }

  @Test
  void aContributionToAConfigOfADependencyAndItsReplacesAcrossJars(@TempDir Path tmp) {
    CompiledModule base =
        RigModule.project("com.acme:base:1.0.0").compileTo(tmp.resolve("base"),
            config("com.acme.base.LoggingConfigFile", YAML),
            contribution("com.acme.base.BaseMkdocs", RuntimeStub.MKDOCS, ""));

    Compilation service =
        RigModule.project(SERVICE)
            .dependingOn(base.jar())
            .compile(contribution("com.acme.orders.OrdersLogging",
                "com.acme.base.LoggingConfigFile", "replaces = com.acme.base.BaseMkdocs.class"));

    assertThat(service).succeededWithoutWarnings();
    String registry = generated(service, "com.acme.orders.RigRegistry");
    assertThat(registry).contains("\"com.acme.base.LoggingConfigFile\","
        + " Arrays.asList(\"com.acme.base.BaseMkdocs\"), 2, \"com.acme:orders:1.0.0\"));");
    assertThat(registry).contains("\"com.acme.base.BaseMkdocs\", () ->"
        + " com.acme.base.RigRegistry.createContribution(\"com.acme.base.BaseMkdocs\"),");
  }

  @Test
  void aContributionToAClassThatIsNoConfigOfTheChainIsAnErrorOnIt() {
    Compilation compilation =
        RigModule.project(OBS).compile(contribution("com.obs.ToBase", YAML, ""));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[RigContributionTarget] com.obs.ToBase contributes to"
            + " dev.rig.runtime.format.YamlConfigFile, which is not a config in this project's"
            + " chain")
        .inFile(compilation.sourceFiles().get(0))
        .onLine(9);
    assertThat(compilation).hadErrorContaining("Contribute to the @RigConfig class that manages"
        + " the file");
  }

  @Test
  void aRawContributionNamesNoConfigAndIsAnError() {
    Compilation compilation =
        RigModule.project(OBS).compile(source("com.obs.Raw",
            "package com.obs;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "",
            "@RigConfig",
            "@SuppressWarnings(\"rawtypes\")",
            "public class Raw extends dev.rig.runtime.Contribution {",
            "  @Override",
            "  protected Object configs() {",
            "    return null;",
            "  }",
            "}"));

    assertThat(compilation)
        .hadErrorContaining("[RigContributionTarget] com.obs.Raw extends Contribution without"
            + " naming the config it adds to");
  }

  @Test
  void replacesNamingAConfigOnAContributionIsAnError() {
    Compilation compilation =
        RigModule.project(OBS).compile(
            config("com.obs.LoggingConfigFile", YAML),
            contribution("com.obs.ObservabilityMkdocs", RuntimeStub.MKDOCS,
                "replaces = com.obs.LoggingConfigFile.class"));

    assertThat(compilation)
        .hadErrorContaining("[RigReplacesNotContribution] the contribution"
            + " com.obs.ObservabilityMkdocs names com.obs.LoggingConfigFile in replaces");
  }

  private static String generated(Compilation compilation, String className) {
    try {
      return compilation.generatedSourceFile(className).orElseThrow()
          .getCharContent(true).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
