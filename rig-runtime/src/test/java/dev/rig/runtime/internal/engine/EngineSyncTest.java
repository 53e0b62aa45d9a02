package dev.rig.runtime.internal.engine;

import static dev.rig.runtime.testing.FileTrees.read;
import static dev.rig.runtime.testing.FileTrees.write;
import static dev.rig.runtime.testing.KeyValueFile.pairs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.internal.engine.FileReport.Status;
import dev.rig.runtime.testing.FileTrees;
import dev.rig.runtime.testing.KeyValueFile;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What sync and check do to files, one rule per test: config, file before, file after. */
class EngineSyncTest {

  @TempDir Path root;

  private final TestRegistry registry =
      TestRegistry.create()
          .keyValue("com.acme.AppConfigFile", "config/app.properties", pairs("level", "INFO"));

  @Test
  void syncCreatesAMissingFileAndItsFolders() throws Exception {
    RunReport report = Engine.of(registry, root).sync();

    assertEquals("level=INFO\n", read(root.resolve("config/app.properties")));
    assertEquals(
        new FileReport(
            "config/app.properties",
            Status.CREATED,
            "--- /dev/null\n+++ b/config/app.properties\n@@ -0,0 +1,1 @@\n+level=INFO\n"),
        report.files().get(0));
    assertEquals(1, report.files().size());
    assertTrue(report.recordCreated(), "rig's first record of what it required is written");
    assertTrue(Files.exists(root.resolve(".rig/required.json")));
    assertFalse(report.changedFiles().stream().anyMatch(f -> f.path().startsWith(".rig")));
  }

  @Test
  void syncMergesRequiredValuesAndKeepsWhatTheUserAdded() throws Exception {
    write(root.resolve("config/app.properties"), "level=DEBUG\nmine=kept\n");

    RunReport report = Engine.of(registry, root).sync();

    assertEquals("level=INFO\nmine=kept\n", read(root.resolve("config/app.properties")));
    assertEquals(Status.UPDATED, report.files().get(0).status());
    assertEquals(
        "--- a/config/app.properties\n+++ b/config/app.properties\n"
            + "@@ -1,2 +1,2 @@\n-level=DEBUG\n+level=INFO\n mine=kept\n",
        report.files().get(0).diff());
  }

  @Test
  void aChangedFileKeepsWhatNoEditTouchedAndItsDiffShowsOnlyTheChange() throws Exception {
    String before = "# owned by team auth\n\nlevel=DEBUG\n\n# mine\nmine=kept\n";
    write(root.resolve("config/app.properties"), before);

    RunReport check = Engine.of(registry, root).check();
    Engine.of(registry, root).sync();

    assertEquals(
        "# owned by team auth\n\nlevel=INFO\n\n# mine\nmine=kept\n",
        read(root.resolve("config/app.properties")));
    assertEquals(
        "--- a/config/app.properties\n+++ b/config/app.properties\n"
            + "@@ -1,6 +1,6 @@\n # owned by team auth\n \n-level=DEBUG\n+level=INFO\n \n # mine\n"
            + " mine=kept\n",
        check.files().get(0).diff());
  }

  @Test
  void aCorrectFileIsNotRewrittenEvenIfItsTextDiffersFromWhatRigWouldRender() throws Exception {
    Path file = root.resolve("config/app.properties");
    write(file, "mine=first\nlevel=INFO\n");
    FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, longAgo);

    RunReport report = Engine.of(registry, root).sync();

    assertEquals(Status.UNCHANGED, report.files().get(0).status());
    assertEquals("", report.files().get(0).diff());
    assertEquals("mine=first\nlevel=INFO\n", read(file));
    assertEquals(longAgo, Files.getLastModifiedTime(file));
  }

  @Test
  void syncingTwiceChangesNothingTheSecondTimeByteForByte() throws Exception {
    write(root.resolve("config/app.properties"), "level=DEBUG\nmine=kept\n");
    Engine engine = Engine.of(registry, root);
    engine.sync();
    Map<String, String> afterFirst = FileTrees.snapshot(root);

    RunReport second = engine.sync();

    assertFalse(second.changed());
    assertEquals(afterFirst, FileTrees.snapshot(root));
    assertFalse(engine.check().changed());
  }

  @Test
  void checkWritesNothingAndReportsWhatSyncWouldDo() throws Exception {
    write(root.resolve("config/app.properties"), "level=DEBUG\n");
    Map<String, String> before = FileTrees.snapshot(root);

    RunReport report = Engine.of(registry, root).check();

    assertEquals(before, FileTrees.snapshot(root));
    assertEquals(Status.UPDATED, report.files().get(0).status());
    assertTrue(report.files().get(0).diff().contains("-level=DEBUG\n+level=INFO\n"));
    assertFalse(Files.exists(root.resolve(".rig.lock")), "check does not even take the lock");
  }

  @Test
  void aCrlfFileStaysCrlf() throws Exception {
    Path file = root.resolve("config/app.properties");
    Files.createDirectories(file.getParent());
    Files.write(file, "level=DEBUG\r\nmine=kept\r\n".getBytes(StandardCharsets.UTF_8));

    Engine.of(registry, root).sync();

    assertEquals("level=INFO\r\nmine=kept\r\n", Files.readString(file));
  }

  @Test
  void aByteOrderMarkIsKept() throws Exception {
    Path file = root.resolve("config/app.properties");
    Files.createDirectories(file.getParent());
    Files.write(file, "\uFEFFlevel=DEBUG\r\n".getBytes(StandardCharsets.UTF_8));

    RunReport report = Engine.of(registry, root).sync();

    assertArrayEquals(
        "\uFEFFlevel=INFO\r\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    assertFalse(report.files().get(0).diff().contains("\uFEFF"), "the mark is not content");
    assertFalse(Engine.of(registry, root).check().changed());
  }

  @Test
  void aRewrittenFileKeepsItsPermissions() throws Exception {
    Path file = root.resolve("config/app.properties");
    write(file, "level=DEBUG\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));

    Engine.of(registry, root).sync();

    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aNewFileGetsTheFolderDefaultPermissionsNotThoseOfATemporaryFile() throws Exception {
    Path reference = Files.createFile(root.resolve("reference"));

    Engine.of(registry, root).sync();

    assertEquals(
        Files.getPosixFilePermissions(reference),
        Files.getPosixFilePermissions(root.resolve("config/app.properties")));
  }

  @Test
  void filesAreHandledByDescendingPriorityThenPath() throws Exception {
    TestRegistry registry =
        TestRegistry.create()
            .add("com.acme.B", () -> new KeyValueFile("b.properties", f -> pairs("b", "1"), 0))
            .add("com.acme.A", () -> new KeyValueFile("a.properties", f -> pairs("a", "1"), 0))
            .add("com.acme.Z", () -> new KeyValueFile("z.properties", f -> pairs("z", "1"), 5));

    RunReport report = Engine.of(registry, root).sync();

    assertEquals(
        List.of("z.properties", "a.properties", "b.properties"),
        report.files().stream().map(FileReport::path).toList());
  }

  @Test
  void aLinkInsideTheRootIsFollowedAndKept() throws Exception {
    write(root.resolve("shared/app.properties"), "level=DEBUG\n");
    Files.createDirectories(root.resolve("config"));
    Files.createSymbolicLink(
        root.resolve("config/app.properties"), Path.of("../shared/app.properties"));

    Engine.of(registry, root).sync();

    assertTrue(Files.isSymbolicLink(root.resolve("config/app.properties")));
    assertEquals("level=INFO\n", read(root.resolve("shared/app.properties")));
  }

  @Test
  void aSyncRemovesTemporaryFilesThatAKilledRunLeftBehind() throws Exception {
    write(root.resolve("config/app.properties"), "level=INFO\n");
    Path leftover = root.resolve("config/.app.properties.0123456789abcdef.rig-tmp");
    Path notOurs = root.resolve("config/.app.properties.backup.rig-tmp");
    write(leftover, "level=INF");
    write(notOurs, "the user's");

    Engine.of(registry, root).sync();

    assertFalse(Files.exists(leftover));
    assertTrue(Files.exists(notOurs), "only names rig makes are removed");
  }

  @Test
  void configsSeeTheProjectFactsFromPomXml() throws Exception {
    write(
        root.resolve("pom.xml"),
        """
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>7</version></parent>
  <artifactId>auth-service</artifactId>
  <description>Signs people in.</description>
</project>
""");
    TestRegistry registry =
        TestRegistry.create()
            .add(
                "com.acme.Facts",
                () ->
                    new KeyValueFile(
                        "facts.properties",
                        file ->
                            pairs(
                                "coordinates",
                                file.facts().groupId()
                                    + ":"
                                    + file.facts().artifactId()
                                    + ":"
                                    + file.facts().version(),
                                "name",
                                file.facts().name(),
                                "description",
                                file.facts().description(),
                                "package",
                                file.facts().packageName(),
                                "depth",
                                String.valueOf(file.facts().depth()),
                                "library",
                                file.facts().libraryCoordinates()),
                        0));

    Engine.of(registry, root).sync();

    assertEquals(
        "coordinates=com.acme:auth-service:7\nname=auth-service\ndescription=Signs people in.\n"
            + "package=com.acme.base\ndepth=1\nlibrary=com.acme:service-base:1.4.0\n",
        read(root.resolve("facts.properties")));
  }
}
