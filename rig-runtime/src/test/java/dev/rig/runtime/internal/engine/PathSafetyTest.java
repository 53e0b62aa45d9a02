package dev.rig.runtime.internal.engine;

import static dev.rig.runtime.testing.FileTrees.write;
import static dev.rig.runtime.testing.KeyValueFile.pairs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.testing.FileTrees;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Config classes come from third-party jars: nothing they say may make rig write outside the
 * project root. Every refusal happens before anything is written, inside the root or outside it.
 */
class PathSafetyTest {

  @TempDir Path sandbox;
  Path root;
  Path outside;

  @BeforeEach
  void makeRootAndOutside() throws Exception {
    root = Files.createDirectories(sandbox.resolve("project"));
    outside = Files.createDirectories(sandbox.resolve("outside"));
    write(outside.resolve("victim.properties"), "precious=yes\n");
  }

  /** A registry with a well-behaved config and the one under test. */
  private TestRegistry withEvil(String path) {
    return TestRegistry.create()
        .keyValue("com.acme.GoodConfigFile", "good.properties", pairs("good", "1"))
        .keyValue("com.evil.EvilConfigFile", path, pairs("owned", "1"));
  }

  private RigException refused(TestRegistry registry) {
    Map<String, String> before = FileTrees.snapshot(sandbox);
    RigException refusal = assertThrows(RigException.class, () -> Engine.of(registry, root).sync());
    assertEquals(before, FileTrees.snapshot(sandbox), "nothing written, inside or outside");
    assertTrue(refusal.nothingWritten());
    return refusal;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ABSOLUTE           | is an absolute path",
        "../outside/victim.properties | climbs out of the project root with ..",
        "a/../../outside/victim.properties | climbs out of the project root with ..",
        "..                 | climbs out of the project root with ..",
      })
  void aPathThatLeavesTheRootByNameIsRefused(String path, String reason) {
    String asked = path.equals("ABSOLUTE") ? outside.resolve("victim.properties").toString() : path;

    RigException refusal = refused(withEvil(asked));

    assertEquals(
        "com.evil.EvilConfigFile asks for "
            + Path.of(asked)
            + ", which "
            + reason
            + "\n"
            + "  rig writes only inside the project root; a config's parentPath() and fileName()"
            + " must name a file below it",
        refusal.getMessage());
  }

  @Test
  void aDotDotThatStaysInsideTheRootIsFine() throws Exception {
    Engine.of(withEvil("a/../inside.properties"), root).sync();

    assertEquals("owned=1\n", FileTrees.read(root.resolve("inside.properties")));
  }

  @Test
  void aSymlinkedFolderPointingOutsideIsRefused() throws Exception {
    Files.createSymbolicLink(root.resolve("config"), outside);

    RigException refusal = refused(withEvil("config/victim.properties"));

    assertEquals(
        "com.evil.EvilConfigFile asks for config/victim.properties, which reaches outside the"
            + " project root through the symbolic link config -> "
            + outside.toRealPath(),
        refusal.getMessage().lines().findFirst().orElseThrow());
  }

  @Test
  void aSymlinkedFolderPointingOutsideIsRefusedEvenForAFileThatDoesNotExistYet() throws Exception {
    Files.createSymbolicLink(root.resolve("config"), outside);

    refused(withEvil("config/new/deeper.properties"));

    assertEquals(
        Map.of(
            "",
            "(folder)",
            "victim.properties",
            FileTrees.snapshot(outside).get("victim.properties")),
        FileTrees.snapshot(outside));
  }

  @Test
  void aSymlinkedFilePointingOutsideIsRefused() throws Exception {
    Files.createSymbolicLink(root.resolve("app.properties"), outside.resolve("victim.properties"));

    RigException refusal = refused(withEvil("app.properties"));

    assertTrue(
        refusal
            .getMessage()
            .startsWith(
                "com.evil.EvilConfigFile asks for app.properties, which reaches outside the project"
                    + " root through the symbolic link app.properties -> "),
        refusal.getMessage());
  }

  @Test
  void aLinkInsideTheRootThatLeadsToALinkOutsideIsRefused() throws Exception {
    Files.createSymbolicLink(root.resolve("hop"), outside);
    Files.createSymbolicLink(root.resolve("config"), Path.of("hop"));

    refused(withEvil("config/victim.properties"));
  }

  @Test
  void aDanglingLinkIsNotFollowed() throws Exception {
    Files.createSymbolicLink(root.resolve("app.properties"), outside.resolve("not-yet.properties"));

    RigException refusal = refused(withEvil("app.properties"));

    assertTrue(refusal.getMessage().contains("whose target does not exist"), refusal.getMessage());
  }

  @Test
  void aPathThroughAFileIsRefused() throws Exception {
    write(root.resolve("README.md"), "hello\n");

    RigException refusal = refused(withEvil("README.md/x.properties"));

    assertTrue(
        refusal.getMessage().contains("README.md is a file, not a folder"), refusal.getMessage());
  }

  @Test
  void aPathThatIsAFolderIsRefused() throws Exception {
    Files.createDirectories(root.resolve("docs"));

    RigException refusal = refused(withEvil("docs"));

    assertTrue(
        refusal.getMessage().contains("which is a folder, not a file"), refusal.getMessage());
  }

  @Test
  void aLockFileThatIsALinkIsNotFollowed() throws Exception {
    Files.createSymbolicLink(root.resolve(".rig.lock"), outside.resolve("created-by-rig"));

    RigException refusal = refused(withEvil("x.properties"));

    assertTrue(refusal.getMessage().startsWith(".rig.lock in "), refusal.getMessage());
    assertTrue(
        refusal.getMessage().contains(" is a symbolic link, not a regular file;"),
        refusal.getMessage());
    assertTrue(Files.notExists(outside.resolve("created-by-rig")));
  }

  @Test
  void theLockFileIsNotAManagedFile() {
    RigException refusal = refused(withEvil(".rig.lock"));

    assertTrue(refusal.getMessage().contains("is rig's own lock file"), refusal.getMessage());
  }

  @Test
  void twoConfigsOnOnePathStopTheRunAndNameBothClasses() {
    TestRegistry registry =
        TestRegistry.create()
            .keyValue("com.acme.MkdocsConfigFile", "mkdocs.properties", pairs("a", "1"))
            .keyValue("com.other.MkdocsConfigFile", "docs/../mkdocs.properties", pairs("b", "2"));

    RigException refusal = refused(registry);

    assertEquals(
        """
        2 configs manage the same file mkdocs.properties:
            com.acme.MkdocsConfigFile
            com.other.MkdocsConfigFile
          give one of them another parentPath() or fileName(), or make one take the other's\
         place with @RigConfig(replaces = ...) on a class of this project""",
        refusal.getMessage());
  }

  @Test
  void aFileCannotBeTheFolderOfAnotherManagedFile() {
    TestRegistry registry =
        TestRegistry.create()
            .keyValue("com.acme.Docs", "docs", pairs("a", "1"))
            .keyValue("com.acme.DocsIndex", "docs/site/index.properties", pairs("b", "2"));

    RigException refusal = refused(registry);

    assertEquals(
        "com.acme.Docs manages the file docs, but com.acme.DocsIndex needs it as a folder for"
            + " docs/site/index.properties\n"
            + "  give one of them another parentPath() or fileName()",
        refusal.getMessage());
  }

  @Test
  void twoPathsThatAreOneFileThroughALinkAreAlsoOnePath() throws Exception {
    Files.createDirectories(root.resolve("site"));
    Files.createSymbolicLink(root.resolve("docs"), Path.of("site"));
    TestRegistry registry =
        TestRegistry.create()
            .keyValue("com.acme.A", "site/index.properties", pairs("a", "1"))
            .keyValue("com.acme.B", "docs/index.properties", pairs("b", "2"));

    RigException refusal = refused(registry);

    assertTrue(
        refusal
            .getMessage()
            .startsWith(
                "2 configs manage the same file site/index.properties:\n"
                    + "    com.acme.A\n    com.acme.B (as docs/index.properties)\n"),
        refusal.getMessage());
  }

  @Test
  void everyProblemOfARunIsReportedAtOnce() throws Exception {
    TestRegistry registry =
        TestRegistry.create()
            .keyValue("com.evil.One", "../one.properties", pairs("a", "1"))
            .keyValue("com.evil.Two", "/two.properties", pairs("b", "2"));

    RigException refusal = refused(registry);

    assertEquals(
        2, refusal.getMessage().lines().filter(line -> line.startsWith("com.evil.")).count());
  }

  @Test
  void aRootThatIsNotAFolderIsAnError() {
    RigException refusal =
        assertThrows(
            RigException.class,
            () -> Engine.of(withEvil("x.properties"), root.resolve("missing")).sync());

    assertEquals(
        "the project root "
            + root.resolve("missing")
            + " is not a folder\n"
            + "  run rig in the project's root folder, or name it with --root DIR",
        refusal.getMessage());
    assertTrue(Files.notExists(root.resolve("missing")));
  }
}
