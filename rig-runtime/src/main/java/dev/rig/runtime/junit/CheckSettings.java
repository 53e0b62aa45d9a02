package dev.rig.runtime.junit;

import dev.rig.runtime.internal.engine.PrintedPaths;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the rig test runs, read from JUnit configuration parameters with system properties as the
 * fallback, so that {@code -Drig.check.skip=true} works on the Maven command line, in {@code
 * junit-platform.properties} and in an IDE's run configuration alike.
 *
 * @param skip whether {@link #SKIP} turned the check off
 * @param mode heal the files or only report drift
 * @param root the project root whose files are checked
 */
record CheckSettings(boolean skip, CheckMode mode, Path root) {

  /** {@code true} reports the test as skipped instead of running it. */
  static final String SKIP = "rig.check.skip";

  /** {@code sync} (default) or {@code check}. */
  static final String MODE = "rig.check.mode";

  /** The project root. Defaults to Maven's {@code basedir}, else the working directory. */
  static final String ROOT = "rig.root";

  /**
   * Reads the settings.
   *
   * @param parameters JUnit configuration parameters by key
   * @param systemProperties system properties by key, {@code null} when absent
   * @throws RigCheckError when a value is not one rig understands
   */
  static CheckSettings read(
      Function<String, Optional<String>> parameters, Function<String, String> systemProperties) {
    Function<String, Optional<String>> lookup =
        key -> parameters.apply(key).or(() -> Optional.ofNullable(systemProperties.apply(key)));
    boolean skip = lookup.apply(SKIP).map(CheckSettings::parseSkip).orElse(false);
    CheckMode mode = lookup.apply(MODE).map(CheckMode::parse).orElse(CheckMode.SYNC);
    Path root =
        lookup
            .apply(ROOT)
            .map(value -> toPath(ROOT, value))
            .or(() -> systemProperty(systemProperties, "basedir"))
            .orElseGet(() -> toPath("user.dir", systemProperties.apply("user.dir")));
    return new CheckSettings(skip, mode, root);
  }

  /** These settings in {@link CheckMode#CHECK}: nothing is written. */
  CheckSettings checkOnly() {
    return new CheckSettings(skip, CheckMode.CHECK, root);
  }

  /** Checks that the root can be synced; a typo in {@code rig.root} must not create folders. */
  Path existingRoot() {
    if (!Files.isDirectory(root)) {
      throw new RigCheckError(
          "The project root "
              + PrintedPaths.of(root)
              + " is not a directory. Set "
              + ROOT
              + " to the project's folder (it defaults to Maven's basedir, else the working"
              + " directory).");
    }
    return root;
  }

  private static Optional<Path> systemProperty(
      Function<String, String> systemProperties, String key) {
    return Optional.ofNullable(systemProperties.apply(key)).map(value -> toPath(key, value));
  }

  private static boolean parseSkip(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false", "" -> false;
      default ->
          throw new RigCheckError(SKIP + " must be 'true' or 'false', but is '" + value + "'.");
    };
  }

  private static Path toPath(String key, String value) {
    try {
      return Path.of(value).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new RigCheckError(
          key + " is not a valid path: '" + value + "' (" + e.getReason() + ").");
    }
  }
}
