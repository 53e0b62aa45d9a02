package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;
import static dev.rig.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import dev.rig.processor.report.Message;
import dev.rig.processor.testing.CompiledModule;
import dev.rig.processor.testing.Goldens;
import dev.rig.processor.testing.RigModule;
import dev.rig.processor.testing.RuntimeStub;
import dev.rig.processor.testing.Sources;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two libraries that both override rig's MkdocsConfigFile cannot both manage mkdocs.yml: the
 * project that depends on both must say which one wins, with {@code replaces}.
 */
class ConflictTest {

  private static final String BRANDED = "com.myorg.branding.BrandedMkdocsConfigFile";
  private static final String SEARCH = "com.myorg.search.SearchMkdocsConfigFile";

  private static final JavaFileObject DOCS_SITE =
      source("com.myorg.docs.DocsSite", "package com.myorg.docs;", "", "public class DocsSite {}");

  @Test
  void twoLibrariesOverridingOneConfigFailWithBothLeavesAndTheFix(@TempDir Path tmp) {
    Compilation docs = docsSite(tmp).compile(DOCS_SITE);

    assertThat(docs).failed();
    assertThat(docs).hadErrorCount(1);
    assertThat(docs.errors().get(0).getMessage(Locale.ROOT))
        .isEqualTo(
            "[RigConflict] dev.rig.runtime.configs.MkdocsConfigFile is overridden by 2 leaves,"
                + " and none of them overrides another:\n"
                + "    com.myorg.branding.BrandedMkdocsConfigFile"
                + " (from com.myorg:branding:1.0.0, depth 1)\n"
                + "    com.myorg.search.SearchMkdocsConfigFile"
                + " (from com.myorg:search:2.1.0, depth 1)\n"
                + "  rig registers one leaf per config and cannot choose between them."
                + " Add a class to this project that extends one of them and replaces the"
                + " others:\n"
                + "    @RigConfig(replaces = com.myorg.search.SearchMkdocsConfigFile.class)\n"
                + "    public class MkdocsConfigFile extends"
                + " com.myorg.branding.BrandedMkdocsConfigFile { ... }");
    // Neither leaf is in this compilation: there is no source line to point at.
    assertThat(docs.errors().get(0).getSource()).isNull();
  }

  @Test
  void replacesResolvesTheConflict(@TempDir Path tmp, TestInfo test) {
    JavaFileObject mkdocs =
        source(
            "com.myorg.docs.MkdocsConfigFile",
            "package com.myorg.docs;",
            "",
            "import com.myorg.branding.BrandedMkdocsConfigFile;",
            "import com.myorg.search.SearchMkdocsConfigFile;",
            "import dev.rig.annotations.RigConfig;",
            "import java.util.Map;",
            "",
            "/** The brand's theme, and the search plugin configured by the search library. */",
            "@RigConfig(replaces = SearchMkdocsConfigFile.class)",
            "public class MkdocsConfigFile extends BrandedMkdocsConfigFile {",
            "  @Override",
            "  protected Map<String, Object> configs() {",
            "    Map<String, Object> config = super.configs();",
            "    config.putAll(new SearchMkdocsConfigFile().searchSettings());",
            "    return config;",
            "  }",
            "}");

    Compilation docs = docsSite(tmp).compile(DOCS_SITE, mkdocs);

    assertThat(docs).succeededWithoutWarnings();
    assertThat(Sources.leafLines(docs, "com.myorg.docs.RigRegistry"))
        .contains("com.myorg.docs.MkdocsConfigFile " + BRANDED + " " + RuntimeStub.MKDOCS + " "
            + SEARCH);
    Goldens.of(test).assertSource(docs, "com.myorg.docs.RigRegistry");
  }

  @Test
  void conflictWithALeafOfThisCompilationSitsOnItAndSuggestsReplacesThere(@TempDir Path tmp) {
    CompiledModule serviceBase =
        RigModule.project("com.myorg:service-base:1.0.0")
            .compileTo(tmp, config("com.myorg.servicebase.MkdocsConfigFile", RuntimeStub.MKDOCS));
    JavaFileObject authMkdocs = config("com.myorg.auth.MkdocsConfigFile", RuntimeStub.MKDOCS);

    Compilation auth =
        RigModule.project("com.myorg:auth-service:1.0.0")
            .dependingOn(serviceBase.folder())
            .compile(authMkdocs);

    assertThat(auth).hadErrorCount(1);
    assertThat(auth)
        .hadErrorContaining(
            "[RigConflict] dev.rig.runtime.configs.MkdocsConfigFile is overridden by 2 leaves")
        .inFile(authMkdocs)
        .onLineContaining("public class MkdocsConfigFile");
    assertThat(auth)
        .hadErrorContaining(
            "    com.myorg.auth.MkdocsConfigFile (from this compilation, depth 2)\n"
                + "    com.myorg.servicebase.MkdocsConfigFile"
                + " (from com.myorg:service-base:1.0.0, depth 1)\n");
    assertThat(auth)
        .hadErrorContaining(
            "Make com.myorg.auth.MkdocsConfigFile take the place of the others:\n"
                + "    @RigConfig(replaces = com.myorg.servicebase.MkdocsConfigFile.class)\n"
                + "    public class MkdocsConfigFile extends"
                + " dev.rig.runtime.configs.MkdocsConfigFile { ... }");
  }

  @Test
  void theSuggestedReplacesOnTheLocalLeafCompiles(@TempDir Path tmp) {
    CompiledModule serviceBase =
        RigModule.project("com.myorg:service-base:1.0.0")
            .compileTo(tmp, config("com.myorg.servicebase.MkdocsConfigFile", RuntimeStub.MKDOCS));

    Compilation auth =
        RigModule.project("com.myorg:auth-service:1.0.0")
            .dependingOn(serviceBase.folder())
            .compile(config("com.myorg.auth.MkdocsConfigFile", RuntimeStub.MKDOCS,
                "replaces = com.myorg.servicebase.MkdocsConfigFile.class"));

    assertThat(auth).succeededWithoutWarnings();
    assertThat(Sources.leafLines(auth, "com.myorg.auth.RigRegistry"))
        .contains("com.myorg.auth.MkdocsConfigFile dev.rig.runtime.configs.MkdocsConfigFile"
            + " com.myorg.servicebase.MkdocsConfigFile");
  }

  @Test
  void threeLeavesAreAllNamedAndTheFixReplacesTheOtherTwo(@TempDir Path tmp) {
    CompiledModule versioned =
        RigModule.project("com.myorg:versioning:3.0.0")
            .compileTo(tmp.resolve("versioning"),
                config("com.myorg.versioning.VersionedMkdocsConfigFile", RuntimeStub.MKDOCS));

    Compilation docs = docsSite(tmp).dependingOn(versioned.folder()).compile(DOCS_SITE);

    assertThat(docs).hadErrorCount(1);
    assertThat(docs).hadErrorContaining("is overridden by 3 leaves");
    assertThat(docs).hadErrorContaining(
        "    com.myorg.versioning.VersionedMkdocsConfigFile (from com.myorg:versioning:3.0.0,"
            + " depth 1)\n");
    assertThat(docs).hadErrorContaining(
        "@RigConfig(replaces = {com.myorg.search.SearchMkdocsConfigFile.class,"
            + " com.myorg.versioning.VersionedMkdocsConfigFile.class})");
  }

  @Test
  void onlyTheNearestContestedConfigIsReported(@TempDir Path tmp) {
    CompiledModule serviceBase =
        RigModule.project("com.myorg:service-base:1.0.0")
            .compileTo(tmp.resolve("base"),
                config("com.myorg.servicebase.MkdocsConfigFile", RuntimeStub.MKDOCS));

    // Both leaves also override rig's MkdocsConfigFile; one error names service-base's.
    Compilation auth =
        RigModule.project("com.myorg:auth-service:1.0.0")
            .dependingOn(serviceBase.folder())
            .compile(
                config("com.myorg.auth.LightMkdocsConfigFile",
                    "com.myorg.servicebase.MkdocsConfigFile"),
                config("com.myorg.auth.DarkMkdocsConfigFile",
                    "com.myorg.servicebase.MkdocsConfigFile"));

    assertThat(auth).hadErrorCount(1);
    assertThat(auth)
        .hadErrorContaining(Message.CONFLICT.tag()
            + " com.myorg.servicebase.MkdocsConfigFile is overridden by 2 leaves");
  }

  @Test
  void unrelatedConfigsOfOneFormatAreNoConflict() {
    Compilation compilation =
        RigModule.project("com.myorg:service-base:1.0.0")
            .compile(
                config("com.myorg.servicebase.LoggingConfigFile", YAML),
                config("com.myorg.servicebase.MetricsConfigFile", YAML));

    assertThat(compilation).succeededWithoutWarnings();
  }

  /** A docs site on two libraries that each override rig's MkdocsConfigFile. */
  private static RigModule docsSite(Path tmp) {
    CompiledModule branding =
        RigModule.project("com.myorg:branding:1.0.0")
            .compileTo(tmp.resolve("branding"), config(BRANDED, RuntimeStub.MKDOCS));
    CompiledModule search =
        RigModule.project("com.myorg:search:2.1.0")
            .compileTo(
                tmp.resolve("search"),
                source(
                    SEARCH,
                    "package com.myorg.search;",
                    "",
                    "import dev.rig.annotations.RigConfig;",
                    "import dev.rig.runtime.configs.MkdocsConfigFile;",
                    "import java.util.LinkedHashMap;",
                    "import java.util.Map;",
                    "",
                    "@RigConfig",
                    "public class SearchMkdocsConfigFile extends MkdocsConfigFile {",
                    "  public Map<String, Object> searchSettings() {",
                    "    Map<String, Object> settings = new LinkedHashMap<>();",
                    "    settings.put(\"plugins\", \"search\");",
                    "    return settings;",
                    "  }",
                    "",
                    "  @Override",
                    "  protected Map<String, Object> configs() {",
                    "    Map<String, Object> config = super.configs();",
                    "    config.putAll(searchSettings());",
                    "    return config;",
                    "  }",
                    "}"));
    return RigModule.project("com.myorg:docs-site:1.0.0")
        .dependingOn(branding.jar(), search.folder());
  }
}
