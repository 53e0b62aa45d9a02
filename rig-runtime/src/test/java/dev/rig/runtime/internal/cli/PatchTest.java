package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.internal.cli.CliRun.rig;
import static dev.rig.runtime.testing.FileTrees.write;
import static dev.rig.runtime.testing.Git.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.testing.TestRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check --patch}: on drift, one patch that {@code git apply} applies from the project root
 * and that leaves exactly what sync writes; no patch when nothing drifts.
 */
class PatchTest {

  @TempDir Path tmp;

  private final TestRegistry registry =
      TestRegistry.create()
          .add("com.acme.LoggingConfigFile", RealFormatsTest.LoggingConfigFile::new)
          .add("com.acme.GitignoreConfigFile", RealFormatsTest.GitignoreConfigFile::new);

  @Test
  void gitApplyOfThePatchGivesWhatSyncWrites() throws Exception {
    Path project = tmp.resolve("project");
    // A file to update, without a final line break; a file to create; a file rig leaves alone.
    write(project.resolve(".gitignore"), "# ours\nbuild/");
    write(project.resolve("notes.txt"), "kept\n");
    Path repo = committedCopy(project);
    Path patch = project.resolve("target/rig.patch");

    CliRun check = rig(registry, "check", "--root", project.toString(), "--patch", patch.toString());

    assertEquals(1, check.exitCode(), check.out() + check.err());
    assertTrue(check.out().contains("(git apply " + patch + ")"), check.out());
    String text = Files.readString(patch, StandardCharsets.UTF_8);
    assertTrue(text.contains("--- a/.gitignore\n+++ b/.gitignore\n"), text);
    assertTrue(text.contains("--- /dev/null\n+++ b/config/logging.yaml\n@@ -0,0 +1,"), text);
    assertTrue(text.contains("-build/\n\\ No newline at end of file\n+build/\n"), text);
    Files.copy(patch, tmp.resolve("rig.patch"));

    git(repo, "apply", "--check", tmp.resolve("rig.patch").toString());
    git(repo, "apply", tmp.resolve("rig.patch").toString());
    assertEquals(0, rig(registry, "sync", "--root", project.toString()).exitCode());
    Files.delete(patch);

    assertEquals(files(project), files(repo));
    CliRun clean = rig(registry, "check", "--root", project.toString(), "--patch", patch.toString());
    assertEquals(0, clean.exitCode(), clean.out());
    assertFalse(Files.exists(patch), "no drift, no patch");
  }

  /**
   * {@code git apply} compares bytes: the patch of a file with CRLF line breaks (all, or only some
   * of them) or a byte order mark carries them as the file holds them, though check prints every
   * diff with {@code \n}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "crlf,          '# ours\\r\\nbuild/\\r\\n'",
    "crlf-no-eol,   '# ours\\r\\nbuild/'",
    "mixed,         '# ours\\r\\n# more\\r\\nbuild/\\n'",
    "bom,           '\\uFEFF# ours\\nbuild/\\n'",
    "bom-crlf,      '\\uFEFF# ours\\r\\nbuild/\\r\\n'",
  })
  void gitApplyAppliesThePatchToAFileInItsOwnStyle(String name, String gitignore)
      throws Exception {
    Path project = tmp.resolve("project");
    write(project.resolve(".gitignore"), unescape(gitignore));
    Path repo = committedCopy(project);
    Path patch = tmp.resolve("rig.patch");

    CliRun check = rig(registry, "check", "--root", project.toString(), "--patch", patch.toString());

    assertEquals(1, check.exitCode(), check.out() + check.err());
    assertFalse(check.out().contains("\r"), "the printed diff shows \\n only");
    git(repo, "apply", "--check", patch.toString());
    git(repo, "apply", patch.toString());
    assertEquals(0, rig(registry, "sync", "--root", project.toString()).exitCode());
    assertEquals(files(project), files(repo));
  }

  /** A CSV value with its escapes (backslash r, n, uFEFF) turned into characters. */
  private static String unescape(String text) {
    return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\uFEFF", "\uFEFF");
  }

  /** A git repository holding a copy of {@code project}, everything committed. */
  private Path committedCopy(Path project) throws Exception {
    Path repo = tmp.resolve("repo");
    copyTree(project, repo);
    git(repo, "init", "-q");
    git(repo, "-c", "core.autocrlf=false", "add", "-A");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "before");
    return repo;
  }

  @Test
  void aStalePatchIsDeletedWhenNothingDrifts() throws Exception {
    Path project = tmp.resolve("project");
    Files.createDirectories(project);
    assertEquals(0, rig(registry, "sync", "--root", project.toString()).exitCode());
    Path patch = project.resolve("target/rig.patch");
    write(patch, "stale\n");

    CliRun check = rig(registry, "check", "--root", project.toString(), "--patch", patch.toString());

    assertEquals(0, check.exitCode(), check.out());
    assertFalse(Files.exists(patch));
  }

  /** Every file below {@code root} but git's, rig's lock and target/, with its text. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(file).toString().replace('\\', '/');
        if (!name.startsWith(".git/") && !name.startsWith("target/") && !name.equals(".rig.lock")) {
          files.put(name, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(
          path -> {
            try {
              Path target = to.resolve(from.relativize(path).toString());
              if (Files.isDirectory(path)) {
                Files.createDirectories(target);
              } else {
                Files.copy(path, target);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
