package dev.rig.runtime.internal.engine;

import dev.rig.runtime.testing.TestRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Child JVM of {@link ConcurrentSyncTest}: after the parent says "go", runs several syncs, each
 * requiring one more key of its own in every shared file. Without the root lock two such children
 * read the same old file and the later write loses the other's key.
 *
 * <p>Arguments: root, this child's name, rounds.
 */
public final class MergeChild {

  static final int FILES = 3;

  private MergeChild() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    String name = args[1];
    int rounds = Integer.parseInt(args[2]);
    System.out.println("ready");
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    for (int round = 0; round < rounds; round++) {
      TestRegistry registry = TestRegistry.create();
      for (int file = 0; file < FILES; file++) {
        registry.keyValue(
            "com.acme.Shared" + file, fileName(file), Map.of(name + "." + round, "done"));
      }
      Engine.of(registry, root).sync();
    }
    System.out.println("done");
  }

  static String fileName(int file) {
    return "shared-" + file + ".properties";
  }
}
