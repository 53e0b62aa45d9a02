package dev.rig.runtime.configs;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.rig.runtime.configs.facts.RigVersions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files under {@code src/test/resources/goldens/configs/}. Run the tests with {@code
 * -Drig.updateGoldens=true} to rewrite them from the current output, then review the diff.
 *
 * <p>rig's own version and the JUnit version change with rig's build, not with a default, so
 * goldens hold {@code @rig.version@} and {@code @junit.version@} in their place.
 */
final class Goldens {

  private static final Path FOLDER = Path.of("src", "test", "resources", "goldens", "configs");

  private Goldens() {}

  static void assertMatches(String goldenName, String actual) {
    String normalized =
        actual
            .replace(RigVersions.rig(), "@rig.version@")
            .replace(RigVersions.get("junit-jupiter"), "@junit.version@");
    Path file = moduleDirectory().resolve(FOLDER).resolve(goldenName);
    try {
      if (Boolean.getBoolean("rig.updateGoldens")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, normalized, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("no golden file " + file + "; create it with -Drig.updateGoldens=true and review it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(normalized)) {
        List<String> diff =
            UnifiedDiffUtils.generateUnifiedDiff(
                "golden/" + goldenName,
                "actual/" + goldenName,
                expected.lines().toList(),
                DiffUtils.diff(expected.lines().toList(), normalized.lines().toList()),
                2);
        fail(
            goldenName
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
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }
}
