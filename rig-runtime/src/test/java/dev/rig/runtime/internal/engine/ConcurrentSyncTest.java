package dev.rig.runtime.internal.engine;

import static dev.rig.runtime.testing.KeyValueFile.pairs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rig.runtime.testing.FileTrees;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two rig runs on one root take turns; neither loses the other's changes. */
class ConcurrentSyncTest {

  private static final int ROUNDS = 15;

  @TempDir Path root;
  @TempDir Path logs;

  @Test
  void twoConcurrentSyncsInTwoJvmsLoseNothing() throws Exception {
    try (ChildJvm a =
            ChildJvm.start(
                logs.resolve("a.log"), MergeChild.class, root.toString(), "a", "" + ROUNDS);
        ChildJvm b =
            ChildJvm.start(
                logs.resolve("b.log"), MergeChild.class, root.toString(), "b", "" + ROUNDS)) {
      assertEquals("ready", a.readLine());
      assertEquals("ready", b.readLine());
      a.send("go");
      b.send("go");
      assertEquals("done", a.readLine());
      assertEquals("done", b.readLine());
      assertEquals(0, a.waitFor());
      assertEquals(0, b.waitFor());
    }

    for (int file = 0; file < MergeChild.FILES; file++) {
      List<String> lines =
          new ArrayList<>(FileTrees.read(root.resolve(MergeChild.fileName(file))).lines().toList());
      lines.sort(null);
      List<String> expected = new ArrayList<>();
      for (String name : List.of("a", "b")) {
        for (int round = 0; round < ROUNDS; round++) {
          expected.add(name + "." + round + "=done");
        }
      }
      expected.sort(null);
      assertEquals(expected, lines, "every key of both runs, each once");
    }
  }

  @Test
  void aSyncWaitsForAnotherRunAndSaysSo() throws Exception {
    TestRegistry registry =
        TestRegistry.create().keyValue("com.acme.App", "app.properties", pairs("a", "1"));
    try (ChildJvm holder =
        ChildJvm.start(logs.resolve("holder.log"), LockHolderChild.class, root.toString())) {
      assertEquals("locked", holder.readLine());
      CompletableFuture<String> notice = new CompletableFuture<>();
      CompletableFuture<RunReport> sync =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return Engine.of(registry, root).withNotices(notice::complete).sync();
                } catch (RigException e) {
                  throw new IllegalStateException(e);
                }
              });

      assertEquals(
          "waiting for another rig run on " + root.toRealPath() + " to finish (it holds .rig.lock)",
          notice.get(30, TimeUnit.SECONDS));
      assertFalse(sync.isDone());
      assertFalse(Files.exists(root.resolve("app.properties")), "nothing written while waiting");

      holder.send("release");
      sync.get(30, TimeUnit.SECONDS);
      assertEquals("a=1\n", FileTrees.read(root.resolve("app.properties")));
    }
  }

  @Test
  void twoSyncsInOneJvmTakeTurnsToo() throws Exception {
    List<CompletableFuture<RunReport>> runs = new ArrayList<>();
    for (String name : List.of("x", "y", "z")) {
      TestRegistry registry =
          TestRegistry.create().keyValue("com.acme.Shared", "shared.properties", pairs(name, "1"));
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return Engine.of(registry, root).withNotices(notice -> {}).sync();
                } catch (RigException e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    for (CompletableFuture<RunReport> run : runs) {
      run.get(30, TimeUnit.SECONDS);
    }

    assertEquals(
        List.of("x=1", "y=1", "z=1"),
        FileTrees.read(root.resolve("shared.properties")).lines().sorted().toList());
  }
}
