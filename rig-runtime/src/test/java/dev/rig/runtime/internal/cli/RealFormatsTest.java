package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.internal.cli.CliRun.rig;
import static dev.rig.runtime.testing.FileTrees.read;
import static dev.rig.runtime.testing.FileTrees.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rig.runtime.Tree;
import dev.rig.runtime.format.TextConfigFile;
import dev.rig.runtime.format.YamlConfigFile;
import dev.rig.runtime.testing.FileTrees;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with rig's real formats: the walkthrough's logging config and a text file. */
class RealFormatsTest {

  /** The seed's example: config/logging.yaml with a required root level. */
  public static class LoggingConfigFile extends YamlConfigFile {
    @Override
    protected Path parentPath() {
      return Path.of("config");
    }

    @Override
    protected Map<String, Object> configs() {
      return Tree.map("logging", Tree.map("version", 1, "root", Tree.map("level", "INFO")));
    }
  }

  /** Lines that must be in .gitignore. */
  public static class GitignoreConfigFile extends TextConfigFile {
    @Override
    protected String fileName() {
      return ".gitignore";
    }

    @Override
    protected List<String> configs() {
      return Tree.list("target/", ".rig.lock", "*.rig-tmp").stream().map(String::valueOf).toList();
    }
  }

  @TempDir Path root;

  private final TestRegistry registry =
      TestRegistry.create()
          .add("com.acme.LoggingConfigFile", LoggingConfigFile::new)
          .add("com.acme.GitignoreConfigFile", GitignoreConfigFile::new);

  @Test
  void syncCreatesTheFilesThenEverythingIsInSync() throws Exception {
    CliRun sync = rig(registry, "sync", "--root", root.toString());

    assertEquals(
        """
        created   .gitignore
        created   config/logging.yaml
        rig: 2 files checked, 2 created, 0 updated, 0 unchanged
        rig: wrote .rig/required.json, the record of what rig requires of each file, so that a\
         later sync can take out what it stops requiring: commit it with the files
        """,
        sync.out());
    assertEquals(
        """
        logging:
          version: 1
          root:
            level: INFO
        """,
        read(root.resolve("config/logging.yaml")));
    assertEquals(0, rig(registry, "check", "--root", root.toString()).exitCode());
  }

  @Test
  void checkShowsTheMergeThatKeepsTheUsersAdditions() throws Exception {
    write(
        root.resolve("config/logging.yaml"),
        """
        logging:
          version: 1
          root:
            level: DEBUG
          loggers:
            com.acme: TRACE
        """);
    write(root.resolve(".gitignore"), "target/\n.idea/\n");

    CliRun check = rig(registry, "check", "--root", root.toString());

    assertEquals(
        """
        rig: 2 files are out of sync with this project's configs:
            .gitignore (would be updated)
            config/logging.yaml (would be updated)
        --- a/.gitignore
        +++ b/.gitignore
        @@ -1,2 +1,4 @@
         target/
        +.rig.lock
        +*.rig-tmp
         .idea/
        --- a/config/logging.yaml
        +++ b/config/logging.yaml
        @@ -1,6 +1,6 @@
         logging:
           version: 1
           root:
        -    level: DEBUG
        +    level: INFO
           loggers:
             com.acme: TRACE
        rig: 2 files checked, 0 to create, 2 to update, 0 unchanged
        rig: no .rig/required.json yet: the next sync writes it (commit it), and later syncs take\
         out what rig stops requiring
        rig: run 'mvn rig:sync' to fix them, then review the changes and commit them
        """,
        check.out());
    assertEquals(1, check.exitCode());
  }

  @Test
  void malformedYamlIsAnErrorWithItsPositionAndIsNotTouched() throws Exception {
    write(root.resolve("config/logging.yaml"), "logging:\n  version: 1\n  root: [unclosed\n");
    Map<String, String> before = FileTrees.snapshot(root);

    CliRun sync = rig(registry, "sync", "--root", root.toString());

    assertEquals(
        """
        rig: error: config/logging.yaml:4:1: the list that opens with '[' at line 3, column 9 is\
         not closed: a ',' or ']' is missing
          fix the syntax; rig never rewrites a file it cannot parse
        rig: nothing was written
        """,
        sync.err());
    assertEquals(2, sync.exitCode());
    assertEquals(before, FileTrees.snapshot(root), "not even .gitignore was created");
  }

  @Test
  void aCrlfYamlFileWithAByteOrderMarkKeepsBoth() throws Exception {
    Path file = root.resolve("config/logging.yaml");
    Files.createDirectories(file.getParent());
    Files.write(
        file,
        "\uFEFFlogging:\r\n  version: 1\r\n  root:\r\n    level: WARN\r\n"
            .getBytes(StandardCharsets.UTF_8));

    rig(registry, "sync", "--root", root.toString());

    assertArrayEquals(
        "\uFEFFlogging:\r\n  version: 1\r\n  root:\r\n    level: INFO\r\n"
            .getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(file));
    assertEquals(0, rig(registry, "check", "--root", root.toString()).exitCode());
  }
}
