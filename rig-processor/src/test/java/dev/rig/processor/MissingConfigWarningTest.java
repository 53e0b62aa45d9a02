package dev.rig.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.source;
import static dev.rig.processor.testing.Sources.unannotated;

import com.google.testing.compile.Compilation;
import dev.rig.processor.report.Message;
import dev.rig.processor.testing.RigModule;
import dev.rig.processor.testing.RuntimeStub;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A subclass of a config or of {@code Contribution} without {@code @RigConfig} would be silently
 * ignored: it gets a warning, and rig keeps the config's parent or never applies the contribution.
 */
class MissingConfigWarningTest {

  @Test
  void concreteSubclassOfAConfigWithoutRigConfigIsWarnedAbout() {
    JavaFileObject source = unannotated("com.acme.MkdocsConfigFile", RuntimeStub.MKDOCS);

    Compilation compilation = RigModule.project("com.acme:app:1.0.0").compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            Message.MISSING_RIG_CONFIG.tag() + " com.acme.MkdocsConfigFile extends the config"
                + " dev.rig.runtime.configs.MkdocsConfigFile but is not annotated @RigConfig, so"
                + " rig ignores it and keeps using dev.rig.runtime.configs.MkdocsConfigFile."
                + " Annotate it with @RigConfig, or make it abstract if it is only a base for"
                + " other configs.")
        .inFile(source)
        .onLineContaining("public class MkdocsConfigFile");
    assertThat(compilation).generatedSourceFile("com.acme.RigRegistry").contentsAsUtf8String()
        .doesNotContain("\"com.acme.MkdocsConfigFile\"");
  }

  @Test
  void concreteContributionWithoutRigConfigIsWarnedAboutAndNotRegistered() {
    JavaFileObject source =
        source(
            "com.obs.ObservabilityMkdocs",
            "package com.obs;",
            "",
            "import dev.rig.runtime.Contribution;",
            "",
            "public class ObservabilityMkdocs extends Contribution<" + RuntimeStub.MKDOCS + "> {",
            "  @Override",
            "  protected Object configs() {",
            "    return new java.util.LinkedHashMap<String, Object>();",
            "  }",
            "}");

    Compilation compilation = RigModule.project("com.obs:observability:1.0.0").compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            Message.MISSING_RIG_CONFIG_ON_CONTRIBUTION.tag() + " com.obs.ObservabilityMkdocs"
                + " extends dev.rig.runtime.Contribution<dev.rig.runtime.configs.MkdocsConfigFile>"
                + " but is not annotated @RigConfig, so rig never applies it and its content"
                + " reaches no file. Annotate it with @RigConfig, or make it abstract if it is"
                + " only a base for other contributions.")
        .inFile(source)
        .onLineContaining("public class ObservabilityMkdocs");
    assertThat(compilation).generatedSourceFile("com.obs.RigRegistry").contentsAsUtf8String()
        .doesNotContain("com.obs.ObservabilityMkdocs");
  }

  @Test
  void abstractContributionBaseAndAnnotatedSubclassAreFine() {
    Compilation compilation =
        RigModule.project("com.obs:observability:1.0.0")
            .compile(
                source(
                    "com.obs.MkdocsAddition",
                    "package com.obs;",
                    "",
                    "public abstract class MkdocsAddition",
                    "    extends dev.rig.runtime.Contribution<" + RuntimeStub.MKDOCS + "> {}"),
                source(
                    "com.obs.ObservabilityMkdocs",
                    "package com.obs;",
                    "",
                    "@dev.rig.annotations.RigConfig",
                    "public class ObservabilityMkdocs extends MkdocsAddition {",
                    "  @Override",
                    "  protected Object configs() {",
                    "    return new java.util.LinkedHashMap<String, Object>();",
                    "  }",
                    "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void abstractIntermediateBaseIsFine() {
    Compilation compilation =
        RigModule.project("com.acme:app:1.0.0")
            .compile(
                source(
                    "com.acme.BrandedMkdocs",
                    "package com.acme;",
                    "",
                    "public abstract class BrandedMkdocs",
                    "    extends dev.rig.runtime.configs.MkdocsConfigFile {}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void nestedSubclassIsFoundToo() {
    JavaFileObject source =
        source(
            "com.acme.Docs",
            "package com.acme;",
            "",
            "public final class Docs {",
            "  private Docs() {}",
            "",
            "  public static class MkdocsConfigFile",
            "      extends dev.rig.runtime.configs.MkdocsConfigFile {}",
            "}");

    Compilation compilation = RigModule.project("com.acme:app:1.0.0").compile(source);

    assertThat(compilation)
        .hadWarningContaining("com.acme.Docs.MkdocsConfigFile extends the config")
        .inFile(source)
        .onLineContaining("public static class MkdocsConfigFile");
  }
}
