package dev.rig.runtime.internal.engine;

import static dev.rig.runtime.testing.FileTrees.read;
import static dev.rig.runtime.testing.FileTrees.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.Tree;
import dev.rig.runtime.configs.HealthCheckWorkflowConfigFile;
import dev.rig.runtime.format.JsonConfigFile;
import dev.rig.runtime.format.MarkdownConfigFile;
import dev.rig.runtime.format.PropertiesConfigFile;
import dev.rig.runtime.format.TextConfigFile;
import dev.rig.runtime.format.TomlConfigFile;
import dev.rig.runtime.format.XmlConfigFile;
import dev.rig.runtime.format.YamlConfigFile;
import dev.rig.runtime.internal.engine.FileReport.Status;
import dev.rig.runtime.testing.FileTrees;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What rig owns: the record of what it required at the last sync, whole files of configs that
 * left the chain, and what happens when the record is missing, corrupt or conflicted. One config
 * of each format, so that every format goes through every case.
 */
class OwnershipTest {

  private static final String RECORD = RequiredRecord.PATH;

  @TempDir Path root;

  /**
   * One config per format, each managing a small file of its own: its first requirement, then a
   * later one that changes a value and drops something (whose text the third argument names).
   */
  static Stream<Arguments> formats() {
    return Stream.of(
        arguments("YAML", "config/app.yaml", "ssl", (Versions) Yaml::new),
        arguments("JSON", "package.json", "eslint", (Versions) Json::new),
        arguments("TOML", "rustfmt.toml", "hard_tabs", (Versions) Toml::new),
        arguments("XML", "pom.xml", "<b>", (Versions) Xml::new),
        arguments("properties", "application.properties", "server.ssl", (Versions) Props::new),
        arguments("text", ".gitignore", "*.log", (Versions) Text::new),
        arguments("Markdown", "README.md", "Java 17+", (Versions) Markdown::new));
  }

  /** A config of one format in its first requirement ({@code false}) or its later one. */
  interface Versions {
    ConfigFile<?> config(boolean later);
  }

  private static TestRegistry registryOf(String path, Versions config, boolean later) {
    return TestRegistry.create()
        .add("com.acme.Config" + path.hashCode(), () -> config.config(later));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void whatTheRequirementNoLongerHoldsIsRemovedAndAChangedValueReplaced(
      String format, String path, String dropped, Versions config) throws Exception {
    Engine.of(registryOf(path, config, false), root).sync();
    assertTrue(read(root.resolve(path)).contains(dropped));

    RunReport check = Engine.of(registryOf(path, config, true), root).check();
    Engine.of(registryOf(path, config, true), root).sync();

    assertTrue(check.files().get(0).diff().contains(dropped), check.files().get(0).diff());
    assertTrue(check.changed());
    String after = read(root.resolve(path));
    assertFalse(after.contains(dropped), after);
    assertEquals(
        Optional.empty(), config.config(true).plan(after), "the file holds what is required");
    assertFalse(Engine.of(registryOf(path, config, true), root).sync().changed(), "then in sync");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void withoutARecordSyncRemovesNothingAndWritesOne(
      String format, String path, String dropped, Versions config) throws Exception {
    Engine.of(registryOf(path, config, false), root).sync();
    Files.delete(root.resolve(RECORD));

    RunReport sync = Engine.of(registryOf(path, config, true), root).sync();

    String after = read(root.resolve(path));
    assertTrue(after.contains(dropped), "rig cannot tell what it wrote: " + after);
    assertEquals(
        Optional.empty(), config.config(true).plan(after), "the file holds what is required");
    assertTrue(sync.recordCreated(), "and writes one");
    assertTrue(sync.changedFiles().stream().noneMatch(file -> file.path().equals(RECORD)),
        "the first record is no drift by itself");
    assertTrue(Files.exists(root.resolve(RECORD)));
    assertFalse(Engine.of(registryOf(path, config, true), root).sync().changed(), "then in sync");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void theFileOfAConfigThatLeftTheChainIsDeletedWhenRigWroteAllOfIt(
      String format, String path, String dropped, Versions config) throws Exception {
    Engine.of(registryOf(path, config, false), root).sync();
    assertTrue(Files.exists(root.resolve(path)));

    RunReport check = Engine.of(TestRegistry.create(), root).check();
    RunReport sync = Engine.of(TestRegistry.create(), root).sync();

    FileReport deleted = check.files().get(0);
    assertEquals(Status.DELETED, deleted.status());
    assertTrue(deleted.diff().contains("+++ /dev/null"), deleted.diff());
    assertTrue(check.changed(), "check fails on a removal");
    assertEquals(
        List.of("rig no longer manages it: no config in the chain requires it"),
        deleted.notes());
    assertEquals(Status.DELETED, sync.files().get(0).status());
    assertFalse(Files.exists(root.resolve(path)));
    assertFalse(read(root.resolve(RECORD)).contains(path), "the record forgets it");
    assertFalse(Engine.of(TestRegistry.create(), root).sync().changed(), "then nothing to do");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void theFileOfAConfigThatLeftTheChainIsKeptAndReportedWhenTheUserChangedIt(
      String format, String path, String dropped, Versions config) throws Exception {
    Engine.of(registryOf(path, config, false), root).sync();
    String edited = read(root.resolve(path)) + userLine(format);
    write(root.resolve(path), edited);
    Engine.of(registryOf(path, config, false), root).sync();

    RunReport sync = Engine.of(TestRegistry.create(), root).sync();

    FileReport kept = sync.files().get(0);
    assertEquals(Status.UNCHANGED, kept.status());
    assertEquals(
        List.of(
            "rig no longer manages it: no config in the chain requires it; kept, because it"
                + " changed since rig wrote it"),
        kept.notes());
    assertEquals(edited, read(root.resolve(path)), "nothing of the user's is lost");
    assertFalse(read(root.resolve(RECORD)).contains(path), "the file is the user's now");
    assertEquals(List.of(), Engine.of(TestRegistry.create(), root).sync().files());
  }

  /** A line each format accepts at the end of its file: the user's own addition. */
  private static String userLine(String format) {
    return switch (format) {
      case "YAML" -> "mine: true\n";
      case "JSON" -> "\n";
      case "TOML" -> "mine = true\n";
      case "XML" -> "<!-- mine -->\n";
      case "properties" -> "mine=true\n";
      default -> "mine\n";
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aCorruptRecordStopsTheRunWithTheFixAndNothingIsWritten(
      String format, String path, String dropped, Versions config) throws Exception {
    write(root.resolve(RECORD), "{\n  \"format\": 1,\n  \"files\": {\n    \"x\": [\n}\n");
    Map<String, String> before = FileTrees.snapshot(root);

    RigException e =
        assertThrows(
            RigException.class, () -> Engine.of(registryOf(path, config, true), root).sync());

    assertTrue(e.nothingWritten());
    assertTrue(e.getMessage().startsWith(RECORD + ":5:1: "), e.getMessage());
    assertTrue(
        e.getMessage().contains("restore it from version control (git checkout -- " + RECORD),
        e.getMessage());
    assertEquals(before, FileTrees.snapshot(root), "nothing written, the record left as it was");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aRecordWithMergeConflictsStopsTheRunWithTheFixAndNothingIsWritten(
      String format, String path, String dropped, Versions config) throws Exception {
    Engine.of(registryOf(path, config, false), root).sync();
    String record = read(root.resolve(RECORD));
    String conflicted =
        record.replaceFirst(
            "(?m)^(    \"" + path.replace(".", "\\.") + "\": \\{)$",
            "<<<<<<< HEAD\n$1\n=======\n$1\n>>>>>>> other-branch");
    assertTrue(conflicted.contains("<<<<<<<"), conflicted);
    write(root.resolve(RECORD), conflicted);
    Map<String, String> before = FileTrees.snapshot(root);

    RigException e =
        assertThrows(
            RigException.class, () -> Engine.of(registryOf(path, config, true), root).sync());

    assertTrue(e.nothingWritten());
    assertTrue(
        e.getMessage().startsWith(RECORD + ":5: a git merge conflict; rig cannot tell what it"
            + " required before the merge\n  keep one side of each conflict"),
        e.getMessage());
    assertEquals(before, FileTrees.snapshot(root));
  }

  @Test
  void aRecordFromANewerRigIsRefused() throws Exception {
    write(root.resolve(RECORD), "{\"format\": 2, \"files\": {}}\n");

    RigException e = assertThrows(RigException.class, () -> Engine.of(TestRegistry.create(), root)
        .check());

    assertTrue(e.getMessage().contains("this rig reads records of format 1 (a newer rig wrote it)"),
        e.getMessage());
  }

  @Test
  void aRecordThatNamesAFileOutsideTheRootDeletesNothing() throws Exception {
    write(
        root.resolve(RECORD),
        "{\"format\": 1, \"files\": {\"../outside.txt\": {\"config\": \"x\", \"required\": []}}}");

    RigException e =
        assertThrows(RigException.class, () -> Engine.of(TestRegistry.create(), root).sync());

    assertTrue(e.getMessage().contains("names the file ../outside.txt, which climbs out"),
        e.getMessage());
  }

  @Test
  void aFileRigDidNotWriteAllOfIsKeptWhenItsConfigLeaves() throws Exception {
    write(root.resolve(".gitignore"), "mine/\n");
    TestRegistry registry = registryOf(".gitignore", Text::new, false);
    Engine.of(registry, root).sync();

    RunReport sync = Engine.of(TestRegistry.create(), root).sync();

    assertEquals(
        List.of(
            "rig no longer manages it: no config in the chain requires it; kept, because rig did"
                + " not write all of it"),
        sync.files().get(0).notes());
    assertTrue(Files.exists(root.resolve(".gitignore")));
  }

  /**
   * A service moves from service-base (depth 1) to backend-base (depth 2): its health check is
   * required by another class, half an hour later. The record is by path, so the schedule is replaced.
   */
  @Test
  void aServiceMovedToADeeperBaseHasExactlyOneSchedule() throws Exception {
    TestRegistry onServiceBase =
        TestRegistry.create()
            .depth(2)
            .add("com.acme.servicebase.HealthCheckWorkflowConfigFile",
                HealthCheckWorkflowConfigFile::new);
    TestRegistry onBackendBase =
        TestRegistry.create()
            .depth(3)
            .add("com.acme.backendbase.HealthCheckWorkflowConfigFile",
                HealthCheckWorkflowConfigFile::new);
    String workflow = ".github/workflows/health_check.yml";
    Engine.of(onServiceBase, root).sync();
    assertTrue(read(root.resolve(workflow)).contains("cron: 0 1 * * *"));

    RunReport check = Engine.of(onBackendBase, root).check();
    Engine.of(onBackendBase, root).sync();

    String after = read(root.resolve(workflow));
    assertTrue(after.contains("cron: 30 1 * * *"), after);
    assertFalse(after.contains("cron: 0 1 * * *"), after);
    assertTrue(check.files().get(0).diff().contains("-    - cron: 0 1 * * *\n"
        + "+    - cron: 30 1 * * *\n"), check.files().get(0).diff());
    assertFalse(read(root.resolve(RECORD)).contains("HealthCheck"), "the record names no class");
    assertFalse(Engine.of(onBackendBase, root).sync().changed(), "a second sync changes nothing");
  }

  @Test
  void aRemovalTheUserChangedIsKeptAndReportedNotAnError() throws Exception {
    List<String> lines = new ArrayList<>(List.of("target/", "*.log"));
    TestRegistry registry =
        TestRegistry.create().add("com.acme.Gitignore", () -> new Text(lines));
    Engine.of(registry, root).sync();
    write(root.resolve(".gitignore"), "target/\n*.log.gz\n");
    lines.remove("*.log");
    lines.add("build/");

    RunReport sync = Engine.of(registry, root).sync();

    assertEquals("target/\nbuild/\n*.log.gz\n", read(root.resolve(".gitignore")));
    assertEquals(
        List.of("kept, as you changed it since rig wrote it: line 2: *.log.gz"),
        sync.files().get(0).notes());
    assertEquals(Status.UPDATED, sync.files().get(0).status(), "a note, not an error");
  }

  // ---------------------------------------------------------------------------------------------
  // One small config per format.

  static final class Yaml extends YamlConfigFile {
    private final boolean later;

    Yaml(boolean later) {
      this.later = later;
    }

    @Override
    protected Path parentPath() {
      return Path.of("config");
    }

    @Override
    protected String fileName() {
      return "app.yaml";
    }

    @Override
    protected Map<String, Object> configs() {
      return later
          ? Tree.map("server", Tree.map("port", 9090), "features", Tree.list("metrics"))
          : Tree.map(
              "server", Tree.map("port", 8080, "ssl", true),
              "features", Tree.list("metrics", "tracing"));
    }
  }

  static final class Json extends JsonConfigFile {
    private final boolean later;

    Json(boolean later) {
      this.later = later;
    }

    @Override
    protected String fileName() {
      return "package.json";
    }

    @Override
    protected Map<String, Object> configs() {
      return later
          ? Tree.map("name", "app", "scripts", Tree.map("test", "vitest"))
          : Tree.map("name", "app", "scripts", Tree.map("test", "jest", "lint", "eslint"));
    }
  }

  static final class Toml extends TomlConfigFile {
    private final boolean later;

    Toml(boolean later) {
      this.later = later;
    }

    @Override
    protected String fileName() {
      return "rustfmt.toml";
    }

    @Override
    protected Map<String, Object> configs() {
      return later
          ? Tree.map("edition", "2024", "max_width", 100)
          : Tree.map("edition", "2021", "max_width", 100, "hard_tabs", false);
    }
  }

  static final class Xml extends XmlConfigFile {
    private final boolean later;

    Xml(boolean later) {
      this.later = later;
    }

    @Override
    protected String fileName() {
      return "pom.xml";
    }

    @Override
    protected Map<String, Object> configs() {
      return Tree.map(
          "project",
          Tree.map(
              "modelVersion", "4.0.0",
              "artifactId", "app",
              "properties", later ? Tree.map("a", "2") : Tree.map("a", "1", "b", "2")));
    }
  }

  static final class Props extends PropertiesConfigFile {
    private final boolean later;

    Props(boolean later) {
      this.later = later;
    }

    @Override
    protected String fileName() {
      return "application.properties";
    }

    @Override
    protected Map<String, Object> configs() {
      return later
          ? Tree.map("server", Tree.map("port", 9090))
          : Tree.map("server", Tree.map("port", 8080, "ssl", true));
    }
  }

  static final class Text extends TextConfigFile {
    private final List<String> lines;

    Text(boolean later) {
      this(later ? List.of("target/") : List.of("target/", "*.log"));
    }

    Text(List<String> lines) {
      this.lines = lines;
    }

    @Override
    protected String fileName() {
      return ".gitignore";
    }

    @Override
    protected List<String> configs() {
      return new ArrayList<>(lines);
    }
  }

  static final class Markdown extends MarkdownConfigFile {
    private final boolean later;

    Markdown(boolean later) {
      this.later = later;
    }

    @Override
    protected String fileName() {
      return "README.md";
    }

    @Override
    protected List<String> configs() {
      String java = later ? "21" : "17";
      return new ArrayList<>(
          List.of("# app", "", "[![Java " + java + "+](badge)](jdk)", "", "Part of the platform."));
    }
  }
}
