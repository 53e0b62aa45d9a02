package dev.rig.bench.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads and initializes the classes listed in a file, in order, and exits: timed against the same
 * probe with an empty list, it says what one library's classes cost a JVM on their own.
 *
 * <p>Usage: {@code ClassLoadProbe CLASS_LIST_FILE}. A class that cannot be loaded or initialized
 * alone is skipped and counted.
 */
public final class ClassLoadProbe {

  private ClassLoadProbe() {}

  public static void main(String[] args) throws IOException {
    List<String> names = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    ClassLoader loader = ClassLoadProbe.class.getClassLoader();
    int loaded = 0;
    int skipped = 0;
    for (String name : names) {
      if (name.isBlank()) {
        continue;
      }
      try {
        Class.forName(name, true, loader);
        loaded++;
      } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
        skipped++;
      }
    }
    System.out.println("loaded=" + loaded + " skipped=" + skipped);
  }
}
