package dev.rig.runtime.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files under {@code src/test/resources/goldens/}. Run the tests with {@code
 * -Drig.updateGoldens=true} to rewrite them from the current output, then review the diff.
 */
public final class Goldens {

  private static final Path FOLDER = Path.of("src", "test", "resources", "goldens");

  private Goldens() {}

  /**
   * {@code actual} is the text of the golden file {@code goldens/<folder>/<name>}; on a mismatch
   * the failure shows the difference.
   */
  public static void assertMatches(String folder, String name, String actual) {
    Path file = moduleDirectory().resolve(FOLDER).resolve(folder).resolve(name);
    try {
      if (Boolean.getBoolean("rig.updateGoldens")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("no golden file " + file + "; create it with -Drig.updateGoldens=true and review it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        List<String> diff =
            UnifiedDiffUtils.generateUnifiedDiff(
                "golden/" + name,
                "actual/" + name,
                expected.lines().toList(),
                DiffUtils.diff(expected.lines().toList(), actual.lines().toList()),
                2);
        fail(
            name
                + " differs from its golden file (rerun with -Drig.updateGoldens=true"
                + " if the change is intended):\n"
                + String.join("\n", diff)
                + (diff.isEmpty() ? "\n(only line endings or the final newline differ)" : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Surefire runs tests in the module's folder and says so in {@code basedir}. */
  public static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }
}
