package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;
import static dev.rig.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import dev.rig.processor.testing.PlainJavac;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import dev.rig.processor.report.Message;
import dev.rig.processor.testing.RigModule;
import dev.rig.processor.testing.RuntimeStub;
import dev.rig.processor.testing.Sources;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every wrong use of {@code replaces} is an error on the class literal at fault. */
class ReplacesTest {

  private static Compilation compile(JavaFileObject... sources) {
    return RigModule.project("com.acme:app:1.0.0").compile(sources);
  }

  private static JavaFileObject replacing(String simpleName, String superclass, String replaces) {
    return source(
        "com.acme." + simpleName,
        "package com.acme;",
        "",
        "import dev.rig.annotations.RigConfig;",
        "import java.util.Map;",
        "",
        "@RigConfig(",
        "    replaces = " + replaces + ")",
        "public class " + simpleName + " extends " + superclass + " {",
        "  @Override",
        "  protected Map<String, Object> configs() {",
        "    return new java.util.LinkedHashMap<>();",
        "  }",
        "}");
  }

  @Test
  void namingAClassThatIsNotAConfig() {
    JavaFileObject source =
        replacing("LoggingConfigFile", YAML, "dev.rig.runtime.format.YamlConfigFile.class");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.REPLACES_NOT_A_CONFIG.tag() + " com.acme.LoggingConfigFile names"
                + " dev.rig.runtime.format.YamlConfigFile in replaces, but"
                + " dev.rig.runtime.format.YamlConfigFile is not a @RigConfig class, so there is"
                + " nothing to replace. Name the config class that manages the file (annotated"
                + " @RigConfig), or remove YamlConfigFile.class from replaces.")
        .inFile(source)
        .onLineContaining("replaces = dev.rig.runtime.format.YamlConfigFile.class");
  }

  @Test
  void namingAConfigOfALibraryBuiltWithoutRigProcessor(@TempDir Path tmp) {
    List<String> diagnostics =
        PlainJavac.compile(tmp, RigModule.project("").classpath(), List.of(),
            List.of(config("com.legacy.LegacyConfigFile", YAML)));
    assertThat(diagnostics).isEmpty();
    JavaFileObject source =
        replacing("LoggingConfigFile", YAML, "com.legacy.LegacyConfigFile.class");

    Compilation compilation =
        RigModule.project("com.acme:app:1.0.0").dependingOn(tmp.toFile()).compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.REPLACES_NOT_INDEXED.tag() + " com.acme.LoggingConfigFile names"
                + " com.legacy.LegacyConfigFile in replaces, but the library that declares"
                + " com.legacy.LegacyConfigFile was compiled without rig-processor")
        .inFile(source)
        .onLineContaining("replaces = com.legacy.LegacyConfigFile.class");
  }

  @Test
  void namingItself() {
    JavaFileObject source =
        replacing("LoggingConfigFile", YAML, "LoggingConfigFile.class");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.REPLACES_ITSELF.tag() + " com.acme.LoggingConfigFile names itself in"
                + " replaces. Remove LoggingConfigFile.class from replaces.")
        .inFile(source)
        .onLineContaining("replaces = LoggingConfigFile.class");
  }

  @Test
  void namingAnAncestor() {
    JavaFileObject source =
        replacing("MkdocsConfigFile", RuntimeStub.MKDOCS, RuntimeStub.MKDOCS + ".class");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.REPLACES_ANCESTOR.tag() + " com.acme.MkdocsConfigFile names"
                + " dev.rig.runtime.configs.MkdocsConfigFile in replaces, but already overrides"
                + " it by extending it. Remove MkdocsConfigFile.class from replaces")
        .inFile(source)
        .onLineContaining("replaces = dev.rig.runtime.configs.MkdocsConfigFile.class");
  }

  @Test
  void twoConfigsReplacingEachOther() {
    JavaFileObject light = replacing("LightConfigFile", YAML, "DarkConfigFile.class");
    JavaFileObject dark = replacing("DarkConfigFile", YAML, "LightConfigFile.class");

    Compilation compilation = compile(light, dark);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            Message.REPLACES_CYCLE.tag() + " com.acme.LightConfigFile names"
                + " com.acme.DarkConfigFile in replaces, but com.acme.DarkConfigFile already"
                + " overrides com.acme.LightConfigFile, so each would take the other's place."
                + " Remove DarkConfigFile.class from replaces.")
        .inFile(light)
        .onLineContaining("replaces = DarkConfigFile.class");
    assertThat(compilation)
        .hadErrorContaining("com.acme.DarkConfigFile names com.acme.LightConfigFile")
        .inFile(dark)
        .onLineContaining("replaces = LightConfigFile.class");
  }

  @Test
  void namingOwnSubclass() {
    JavaFileObject parent = replacing("ParentConfigFile", YAML, "ChildConfigFile.class");
    JavaFileObject child = config("com.acme.ChildConfigFile", "com.acme.ParentConfigFile");

    Compilation compilation = compile(parent, child);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("com.acme.ChildConfigFile already overrides com.acme.ParentConfigFile")
        .inFile(parent)
        .onLineContaining("replaces = ChildConfigFile.class");
  }

  @Test
  void severalWrongNamesInOneAnnotationAreEachReported() {
    JavaFileObject source =
        source(
            "com.acme.LoggingConfigFile",
            "package com.acme;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "import dev.rig.runtime.format.YamlConfigFile;",
            "import java.util.Map;",
            "",
            "@RigConfig(replaces = {",
            "    LoggingConfigFile.class,",
            "    String.class",
            "})",
            "public class LoggingConfigFile extends YamlConfigFile {",
            "  @Override",
            "  protected Map<String, Object> configs() {",
            "    return Map.of();",
            "  }",
            "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(Message.REPLACES_ITSELF.tag())
        .inFile(source).onLineContaining("LoggingConfigFile.class,");
    assertThat(compilation).hadErrorContaining(Message.REPLACES_NOT_A_CONFIG.tag())
        .inFile(source).onLineContaining("String.class");
  }

  @Test
  void replacingASubclassOfAConfigOverridesTheConfigToo() {
    Compilation compilation =
        compile(
            config("com.acme.SiteMkdocsConfigFile", RuntimeStub.MKDOCS),
            config("com.acme.DocsConfigFile", YAML, "replaces = SiteMkdocsConfigFile.class"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Sources.leafLines(compilation, "com.acme.RigRegistry"))
        .contains("com.acme.DocsConfigFile com.acme.SiteMkdocsConfigFile"
            + " dev.rig.runtime.configs.MkdocsConfigFile");
  }
}
