package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.internal.cli.CliRun.rig;
import static dev.rig.runtime.testing.FileTrees.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.JsonConfigFile;
import dev.rig.runtime.testing.FileTrees;
import dev.rig.runtime.testing.TestRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Huge and hostile input (issue 13): each case ends with an exit code and a message, changes no
 * byte it must not, and never hangs. The timeouts only catch a hang; they bound nothing finer.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {

  /** conf/fx.json, which must hold {"y": 1}. */
  public static class FxConfigFile extends JsonConfigFile {
    @Override
    protected Path parentPath() {
      return Path.of("conf");
    }

    @Override
    protected Map<String, Object> configs() {
      return Tree.map("y", 1);
    }

    Map<String, Object> read(String text) throws MalformedFileException {
      return parse(text);
    }
  }

  @TempDir Path root;

  private final TestRegistry registry =
      TestRegistry.create().add("com.acme.FxConfigFile", FxConfigFile::new);

  private Path fx() {
    return root.resolve("conf/fx.json");
  }

  private CliRun sync() {
    return rig(registry, "sync", "--root", root.toString());
  }

  /** The run stops with exit 2 and {@code message}, and every byte under the root is as it was. */
  private void assertRefused(String message) {
    Map<String, String> before = FileTrees.snapshot(root);

    CliRun sync = sync();

    assertEquals(message, sync.err());
    assertEquals(2, sync.exitCode());
    assertEquals(before, FileTrees.snapshot(root), "not one byte changed");
  }

  @Test
  void aHugeExponentIsKeptAsANumberAndNeverExpanded() throws Exception {
    write(fx(), "{\"x\": 1e999999999}");

    CliRun sync = sync();

    assertEquals(0, sync.exitCode(), sync.err());
    assertEquals("{\"x\": 1e999999999, \"y\": 1}", Files.readString(fx()));
  }

  @Test
  void aLoneSurrogateIsKeptAsWritten() throws Exception {
    write(fx(), "{\"x\": \"\\ud800 lone surrogate\"}\n");

    CliRun sync = sync();

    assertEquals(0, sync.exitCode(), sync.err());
    assertEquals("{\"x\": \"\\ud800 lone surrogate\", \"y\": 1}\n", Files.readString(fx()));
  }

  @Test
  void aMegabyteOnOneLineIsCheckedAndSyncedWithoutHanging() throws Exception {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; json.length() < 1_000_000; i++) {
      json.append("\"key").append(i).append("\": \"value ").append(i).append("\", ");
    }
    write(fx(), json.append("\"x\": 0}").toString());

    CliRun check = rig(registry, "check", "--root", root.toString());
    assertEquals(1, check.exitCode(), check.err());
    assertTrue(check.out().contains("\n--- a/conf/fx.json\n+++ b/conf/fx.json\n"), check.err());
    assertEquals(0, sync().exitCode());
    assertEquals(0, rig(registry, "check", "--root", root.toString()).exitCode());
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedWhereItPassesTheLimit() throws Exception {
    write(fx(), "{\"x\": " + "[".repeat(1001) + "]".repeat(1001) + "}\n");

    assertRefused(
        """
        rig: error: conf/fx.json:1:1006: objects and arrays nested more than 1000 deep; rig reads\
         JSON nested up to 1000 levels and leaves this file as it is
          fix the syntax; rig never rewrites a file it cannot parse
        rig: nothing was written
        """);
  }

  @Test
  void aMillionDigitNumberIsRefusedAtItsStart() throws Exception {
    write(fx(), "{\n  \"x\": 1" + "0".repeat(999_999) + "\n}\n");

    assertRefused(
        """
        rig: error: conf/fx.json:2:8: a number of 1000000 characters; rig reads numbers of up to\
         1000 characters and leaves this file as it is
          fix the syntax; rig never rewrites a file it cannot parse
        rig: nothing was written
        """);
  }

  @Test
  void aThirtyMegabyteStringIsReadAsIs() throws Exception {
    write(fx(), "{\"x\": \"" + "a".repeat(30_000_000) + "\"}\n");

    CliRun sync = sync();

    assertEquals(0, sync.exitCode(), sync.err());
    String x = (String) new FxConfigFile().read(Files.readString(fx())).get("x");
    assertEquals(30_000_000, x.length());
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedWhereItPassesTheLimit() throws Exception {
    Files.createDirectories(fx().getParent());
    String line = "\"" + "a".repeat(1020) + "\",\n";
    StringBuilder text = new StringBuilder("{\"x\": [\n");
    while (text.length() <= 33 << 20) {
      text.append(line);
    }
    Files.writeString(fx(), text.append("\"z\"]}\n"));

    // 32 MiB is 8 characters of the first line, then 32,767 lines of 1,024 and 1,016 more.
    assertRefused(
        """
        rig: error: conf/fx.json:32769:1017: the file is larger than rig reads (32 MiB, up to\
         here); it leaves the file as it is
          keep managed files under 32 MiB, or stop managing this one with rig
        rig: nothing was written
        """);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aLockFileThatIsANamedPipeIsRefusedInsteadOfBlockingForever() throws Exception {
    Path lock = root.resolve(".rig.lock");
    mkfifo(lock);

    CliRun sync = sync();

    assertEquals(
        "rig: error: .rig.lock in "
            + root.toRealPath()
            + " is a named pipe, not a regular file; rig keeps its lock in that file and does not"
            + " wait on anything else\n"
            + "  remove it (it holds no data) and run rig again\n"
            + "rig: nothing was written\n",
        sync.err());
    assertEquals(2, sync.exitCode());
    assertFalse(Files.exists(fx()), "nothing was written");
  }

  @Test
  void aFileNameWithALineBreakCannotForgeALineOfOutput() throws Exception {
    TestRegistry forged =
        TestRegistry.create()
            .add(
                "com.acme.Forged",
                () ->
                    new dev.rig.runtime.testing.KeyValueFile(
                        "x\nrig: 0 files checked, all in sync", Map.of("a", "1")));

    CliRun sync = rig(forged, "sync", "--root", root.toString());

    assertEquals(
        """
        created   x\\nrig: 0 files checked, all in sync
        rig: 1 file checked, 1 created, 0 updated, 0 unchanged
        """
            + Summary.RECORD_CREATED
            + "\n",
        sync.out());
    assertTrue(Files.exists(root.resolve("x\nrig: 0 files checked, all in sync")));
    Files.delete(root.resolve("x\nrig: 0 files checked, all in sync"));
    for (String command : new String[] {"list", "check"}) {
      CliRun run = rig(forged, command, "--root", root.toString());
      assertFalse(run.out().lines().anyMatch(line -> line.startsWith("rig: 0 files")), run.out());
      assertTrue(run.out().contains("x\\nrig: 0 files checked, all in sync"), run.out());
    }
  }

  private static void mkfifo(Path path) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertEquals(0, process.waitFor(), "mkfifo");
  }
}
