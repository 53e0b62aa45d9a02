package dev.rig.runtime.internal.engine;

import static dev.rig.runtime.testing.FileTrees.read;
import static dev.rig.runtime.testing.FileTrees.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.Contribution;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.TextConfigFile;
import dev.rig.runtime.format.YamlConfigFile;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contributions: merged on top of the leaf in order, disagreements stop the run before writing. */
class ContributionsTest {

  @TempDir Path root;

  /** The owner of app.yaml. */
  public static class AppConfigFile extends YamlConfigFile {
    @Override
    protected Map<String, Object> configs() {
      return Tree.map("app", Tree.map("name", "demo", "plugins", Tree.list("core")));
    }
  }

  /** A subclass that took AppConfigFile's place. */
  public static class BrandedAppConfigFile extends AppConfigFile {
    @Override
    protected Map<String, Object> configs() {
      Map<String, Object> config = super.configs();
      config.put("brand", "acme");
      return config;
    }
  }

  /** The owner of .gitignore. */
  public static class IgnoreConfigFile extends TextConfigFile {
    @Override
    protected String fileName() {
      return ".gitignore";
    }

    @Override
    protected List<String> configs() {
      return new java.util.ArrayList<>(List.of("target/"));
    }
  }

  /** A contribution of fixed content. */
  static Contribution<AppConfigFile> yaml(Map<String, Object> content) {
    return new Contribution<>() {
      @Override
      protected Map<String, Object> configs() {
        return content;
      }
    };
  }

  static Contribution<IgnoreConfigFile> lines(String... lines) {
    return new Contribution<>() {
      @Override
      protected List<String> configs() {
        return new java.util.ArrayList<>(List.of(lines));
      }
    };
  }

  private static final String APP = AppConfigFile.class.getCanonicalName();
  private static final String IGNORE = IgnoreConfigFile.class.getCanonicalName();

  private TestRegistry registry() {
    return TestRegistry.create()
        .add(APP, AppConfigFile::new)
        .add(IGNORE, IgnoreConfigFile::new);
  }

  @Test
  void contributionsAddKeysAndListItemsInDepthThenNameOrder() throws Exception {
    TestRegistry registry = registry()
        .contribute("com.sec.SecurityApp",
            () -> yaml(Tree.map("app", Tree.map("plugins", Tree.list("owasp")))),
            APP, List.of(), 1, "com.sec:security:1")
        .contribute("com.obs.ObservabilityApp",
            () -> yaml(Tree.map("app", Tree.map("plugins", Tree.list("micrometer"),
                "metrics", true))),
            APP, List.of(), 1, "com.obs:observability:1")
        .contribute("com.base.BaseApp",
            () -> yaml(Tree.map("app", Tree.map("plugins", Tree.list("base")))),
            APP, List.of(), 0, "com.base:base:1")
        .contribute("com.sec.SecurityIgnore", () -> lines("*.jks", "target/"), IGNORE,
            List.of(), 1, "com.sec:security:1")
        .contribute("com.obs.ObservabilityIgnore", () -> lines("*.hprof"), IGNORE,
            List.of(), 1, "com.obs:observability:1");

    Engine.of(registry, root).sync();

    assertEquals(
        "app:\n  name: demo\n  plugins:\n    - core\n    - base\n    - micrometer\n    - owasp\n"
            + "  metrics: true\n",
        read(root.resolve("app.yaml")));
    // Lines go where RequiredLines puts them: *.jks before the required line that follows it.
    assertEquals("*.jks\ntarget/\n*.hprof\n", read(root.resolve(".gitignore")));
    assertFalse(Engine.of(registry, root).check().changed());
  }

  @Test
  void aContributionToAnOverriddenConfigAppliesToTheLeafThatTookItsPlace() throws Exception {
    TestRegistry registry = TestRegistry.create()
        .add(BrandedAppConfigFile.class.getCanonicalName(), BrandedAppConfigFile::new,
            List.of(APP), 1, "")
        .contribute("com.obs.ObservabilityApp",
            () -> yaml(Tree.map("app", Tree.map("metrics", true))), APP, List.of(), 1, "");

    Engine.of(registry, root).sync();

    assertTrue(read(root.resolve("branded_app.yaml")).contains("metrics: true"));
    assertTrue(read(root.resolve("branded_app.yaml")).contains("brand: acme"));
  }

  @Test
  void twoContributionsSettingOneValueDifferentlyStopTheRunBeforeAnyWrite() {
    TestRegistry registry = registry()
        .contribute("com.obs.ObservabilityApp",
            () -> yaml(Tree.map("app", Tree.map("level", "debug"))), APP, List.of(), 1, "")
        .contribute("com.sec.SecurityApp",
            () -> yaml(Tree.map("app", Tree.map("level", "warn"))), APP, List.of(), 1, "");

    RigException e = assertThrows(RigException.class, () -> Engine.of(registry, root).sync());

    assertTrue(e.getMessage().contains("[RigContributionConflict] the contribution"
        + " com.obs.ObservabilityApp and the contribution com.sec.SecurityApp require different"
        + " values at app/level of app.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("@RigConfig(replaces = {com.obs.ObservabilityApp.class,"
        + " com.sec.SecurityApp.class})"), e.getMessage());
    assertFalse(Files.exists(root.resolve("app.yaml")));
    assertFalse(Files.exists(root.resolve(".gitignore")));
  }

  @Test
  void aContributionThatDisagreesWithTheLeafStopsTheRun() {
    TestRegistry registry = registry()
        .contribute("com.obs.ObservabilityApp",
            () -> yaml(Tree.map("app", Tree.map("name", "other"))), APP, List.of(), 1, "");

    RigException e = assertThrows(RigException.class, () -> Engine.of(registry, root).sync());

    assertTrue(e.getMessage().contains("[RigContributionConflict] the leaf " + APP
        + " and the contribution com.obs.ObservabilityApp require different values at app/name"),
        e.getMessage());
    assertTrue(e.getMessage().contains("extends " + APP), e.getMessage());
    assertFalse(Files.exists(root.resolve("app.yaml")));
  }

  @Test
  void aContributionThatAgreesWithTheLeafIsNoDisagreement() throws Exception {
    TestRegistry registry = registry()
        .contribute("com.obs.ObservabilityApp",
            () -> yaml(Tree.map("app", Tree.map("name", "demo", "plugins", Tree.list("core")))),
            APP, List.of(), 1, "");

    Engine.of(registry, root).sync();

    assertEquals("app:\n  name: demo\n  plugins:\n    - core\n", read(root.resolve("app.yaml")));
  }

  @Test
  void aReplacedContributionIsNotApplied() throws Exception {
    TestRegistry registry = registry()
        .contribute("com.obs.ObservabilityApp",
            () -> yaml(Tree.map("app", Tree.map("level", "debug"))), APP, List.of(), 1, "")
        .contribute("com.sec.SecurityApp",
            () -> yaml(Tree.map("app", Tree.map("level", "warn"))), APP, List.of(), 1, "")
        .contribute("com.svc.Level",
            () -> yaml(Tree.map("app", Tree.map("level", "info"))), APP,
            List.of("com.obs.ObservabilityApp", "com.sec.SecurityApp"), 1, "");

    Engine.of(registry, root).sync();

    assertTrue(read(root.resolve("app.yaml")).contains("level: info"));
  }

  @Test
  void aContributionOfTheWrongShapeIsReported() {
    TestRegistry registry = registry()
        .contribute("com.obs.Wrong", () -> new Contribution<IgnoreConfigFile>() {
          @Override
          protected Object configs() {
            return Tree.map("a", 1);
          }
        }, IGNORE, List.of(), 1, "");

    RigException e = assertThrows(RigException.class, () -> Engine.of(registry, root).sync());

    assertTrue(e.getMessage().contains("[RigContributionShape] the contribution"), e.getMessage());
  }

  @Test
  void aContributionToAConfigNoLeafManagesStopsTheRun() {
    TestRegistry registry = registry()
        .contribute("com.obs.Orphan", () -> lines("x"), "com.gone.LoggingConfigFile", List.of(),
            1, "com.obs:observability:1");

    RigException e = assertThrows(RigException.class, () -> Engine.of(registry, root).sync());

    assertTrue(e.getMessage().contains("[RigContributionTarget] the contribution com.obs.Orphan"
        + " (from com.obs:observability:1) adds to com.gone.LoggingConfigFile, which no config of"
        + " this project manages"), e.getMessage());
    assertFalse(Files.exists(root.resolve(".gitignore")));
  }

  @Test
  void theFilesListTheirContributionsInTheOrderTheyApply() throws Exception {
    TestRegistry registry = registry()
        .contribute("com.sec.SecurityIgnore", () -> lines("*.jks"), IGNORE, List.of(), 1, "")
        .contribute("com.base.BaseIgnore", () -> lines("*.log"), IGNORE, List.of(), 0, "");

    ManagedFile ignore = Engine.of(registry, root).files().stream()
        .filter(file -> file.path().equals(".gitignore")).findFirst().orElseThrow();

    assertEquals(List.of("com.base.BaseIgnore", "com.sec.SecurityIgnore"),
        ignore.contributions().stream().map(c -> c.className()).toList());
  }

  @Test
  void resolutionReadsEachLibrarysOwnContributions() throws Exception {
    TestRegistry service = TestRegistry.create().depth(2).coordinates("com.acme:svc:1")
        .add(IGNORE, IgnoreConfigFile::new, List.of(), 0, "dev.rig:rig-runtime:1")
        .contribute("com.obs.ObservabilityIgnore", () -> lines("*.hprof"), IGNORE, List.of(), 1,
            "com.obs:observability:1");
    List<dev.rig.runtime.internal.ConfigRegistry> all = new java.util.ArrayList<>(service.libraries());
    all.add(service);

    ResolvedRegistry resolved = ClasspathRegistries.of(all).resolve(service, root);

    assertEquals(List.of("com.obs.ObservabilityIgnore"),
        resolved.contributions().stream().map(c -> c.className()).toList());
    // The library left the classpath: its contribution goes with it.
    ResolvedRegistry without = ClasspathRegistries.of(List.of(service)).resolve(service, root);
    assertEquals(List.of(), without.contributions());
  }
}
