package dev.rig.runtime.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a running sync (SIGKILL, no shutdown hooks) at random moments, again and again, and finds
 * every file either old or new, never cut short. The moments are seeded: a failure repeats.
 */
class CrashSafetyTest {

  private static final int KILLS = 30;
  private static final long SEED = 20_260_101L;

  @TempDir Path root;
  @TempDir Path logs;

  @Test
  void aSyncKilledAtAnyMomentLeavesEveryFileOldOrNew() throws Exception {
    Random random = new Random(SEED);
    int killedMidWrite = 0;
    for (int attempt = 0; attempt < KILLS; attempt++) {
      long firstGeneration = attempt * 1_000L;
      try (ChildJvm child =
          ChildJvm.start(
              logs.resolve("child-" + attempt + ".log"),
              SyncLoopChild.class,
              root.toString(),
              String.valueOf(firstGeneration))) {
        int generations = 1 + random.nextInt(3);
        for (int i = 0; i < generations; i++) {
          child.readLine();
        }
        if (attempt % 2 == 1 && waitForAWriteInProgress(random.nextInt(4))) {
          killedMidWrite++;
        }
        child.kill();
      }
      assertEveryFileIsACompleteGeneration(attempt);
    }
    assertTrue(killedMidWrite > 0, "at least one kill landed while a file was being written");

    Engine.of(SyncLoopChild.registry(7), root).sync();

    assertEquals(
        List.of("big-0.properties", "big-1.properties", "big-2.properties", "big-3.properties"),
        entries(root.resolve("data")),
        "the next sync removed every temporary file the killed runs left");
    assertFalse(Engine.of(SyncLoopChild.registry(7), root).check().changed());
  }

  /**
   * Watches the data folder until a temporary file shows up (a write is under way), then lets
   * {@code extraLooks} more looks pass so the kill lands at different points of that write. Bounded
   * by time, not by sleeping.
   */
  private boolean waitForAWriteInProgress(int extraLooks) throws IOException {
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (entries(root.resolve("data")).stream().anyMatch(name -> name.endsWith(".rig-tmp"))) {
        for (int i = 0; i < extraLooks; i++) {
          entries(root.resolve("data"));
        }
        return true;
      }
    }
    return false;
  }

  private void assertEveryFileIsACompleteGeneration(int attempt) throws IOException {
    for (int file = 0; file < SyncLoopChild.FILES; file++) {
      Path path = root.resolve(SyncLoopChild.fileName(file));
      String text = FileTrees.read(path);
      String firstLine = text.substring(0, Math.max(0, text.indexOf('\n')));
      assertTrue(
          firstLine.startsWith("generation="),
          () -> "kill " + attempt + ": " + path + " starts with " + firstLine);
      long generation = Long.parseLong(firstLine.substring("generation=".length()));
      assertTrue(
          text.equals(SyncLoopChild.text(file, generation)),
          () ->
              "kill "
                  + attempt
                  + ": "
                  + path
                  + " is not a complete generation "
                  + generation
                  + " ("
                  + text.length()
                  + " chars)");
    }
    for (String name : entries(root.resolve("data"))) {
      assertTrue(
          name.matches("big-[0-9]\\.properties")
              || name.matches("\\.big-[0-9]\\.properties\\.[0-9a-f]{16}\\.rig-tmp"),
          () -> "kill " + attempt + ": unexpected file " + name);
    }
  }

  private static List<String> entries(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
