package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hand-written files of one format under {@code src/test/resources/corpus/<format>/}, and the
 * golden result of a sync of each under {@code synced/}. Run the tests with {@code
 * -Drig.updateGoldens=true} to rewrite the goldens from the current output, then review the diff.
 */
final class Corpus {

  private static final Path ROOT = Path.of("src", "test", "resources", "corpus");

  private final String format;

  private Corpus(String format) {
    this.format = format;
  }

  static Corpus of(String format) {
    return new Corpus(format);
  }

  /** Every file of the format's corpus, by name. */
  Stream<String> names() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted()
          .toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String name) {
    try {
      return Files.readString(folder().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code actual} is the golden sync result of the file {@code name}. */
  void assertSynced(String name, String actual) {
    Path golden = folder().resolve("synced").resolve(name);
    try {
      if (Boolean.getBoolean("rig.updateGoldens")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        fail("no golden file " + golden + "; create it with -Drig.updateGoldens=true, review it");
      }
      assertEquals(
          Files.readString(golden, StandardCharsets.UTF_8),
          actual,
          name + " differs from its golden (rerun with -Drig.updateGoldens=true if intended)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path folder() {
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    return module.resolve(ROOT).resolve(format);
  }

  /**
   * The lines a diff of {@code before} and {@code after} shows as changed, each prefixed with
   * {@code -} or {@code +}, in the order a unified diff lists them.
   */
  static List<String> changedLines(String before, String after) {
    List<String> lines = new ArrayList<>();
    for (AbstractDelta<String> delta :
        DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas()) {
      delta.getSource().getLines().forEach(line -> lines.add("-" + line));
      delta.getTarget().getLines().forEach(line -> lines.add("+" + line));
    }
    return lines;
  }
}
