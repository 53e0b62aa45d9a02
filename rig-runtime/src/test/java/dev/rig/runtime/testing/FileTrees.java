package dev.rig.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots of folders, to prove that a run wrote nothing. */
public final class FileTrees {

  private FileTrees() {}

  /**
   * Every entry below {@code folder} (links not followed) with what it holds: a file's text and
   * modification time, a link's target, or "(folder)". rig's empty lock file {@code .rig.lock} is
   * left out: every sync creates it before planning, even one that then stops, and it holds no
   * data.
   */
  public static Map<String, String> snapshot(Path folder) {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.forEach(
          path -> {
            String key = folder.relativize(path).toString().replace('\\', '/');
            if (path.getFileName() != null && path.getFileName().toString().equals(".rig.lock")) {
              return;
            }
            try {
              if (Files.isSymbolicLink(path)) {
                entries.put(key, "-> " + Files.readSymbolicLink(path));
              } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                entries.put(key, "(folder)");
              } else {
                entries.put(
                    key,
                    new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1)
                        + " @"
                        + Files.getLastModifiedTime(path).toMillis());
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  public static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  public static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
