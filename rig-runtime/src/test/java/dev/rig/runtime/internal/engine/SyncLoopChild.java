package dev.rig.runtime.internal.engine;

import static dev.rig.runtime.testing.KeyValueFile.pairs;

import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Path;
import java.util.Map;

/**
 * Child JVM of {@link CrashSafetyTest}: syncs a few large files over and over, each generation
 * different, and prints {@code synced N} after each generation is written.
 *
 * <p>Arguments: root, first generation. Stops by itself after a bounded number of generations.
 */
public final class SyncLoopChild {

  static final int FILES = 4;
  static final int PAYLOAD_CHARS = 300_000;
  static final int MAX_GENERATIONS = 500;

  private SyncLoopChild() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    long first = Long.parseLong(args[1]);
    for (long generation = first; generation < first + MAX_GENERATIONS; generation++) {
      Engine.of(registry(generation), root).sync();
      System.out.println("synced " + generation);
      System.out.flush();
    }
  }

  static TestRegistry registry(long generation) {
    TestRegistry registry = TestRegistry.create();
    for (int file = 0; file < FILES; file++) {
      registry.keyValue("com.acme.Big" + file, fileName(file), content(file, generation));
    }
    return registry;
  }

  static String fileName(int file) {
    return "data/big-" + file + ".properties";
  }

  /** The required content of one file in one generation: a header, a large payload, a footer. */
  static Map<String, String> content(int file, long generation) {
    StringBuilder payload = new StringBuilder(PAYLOAD_CHARS);
    long state = generation * 31 + file;
    while (payload.length() < PAYLOAD_CHARS) {
      state = state * 6364136223846793005L + 1442695040888963407L;
      payload.append(Long.toHexString(state));
    }
    return pairs(
        "generation", String.valueOf(generation),
        "payload", payload.toString(),
        "end", String.valueOf(generation));
  }

  /** The exact text a complete file of this generation has. */
  static String text(int file, long generation) {
    StringBuilder text = new StringBuilder();
    content(file, generation).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    return text.toString();
  }
}
