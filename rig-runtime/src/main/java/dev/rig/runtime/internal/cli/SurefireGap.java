package dev.rig.runtime.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells whether {@code mvn test} would skip rig's check in a project, and what to add.
 *
 * <p>Surefire starts no JUnit Platform in a module where it finds no test class of its own
 * (SUREFIRE-1724), so no engine runs there, rig's included, and nothing in the test run can say so.
 * A project closes the gap by letting Surefire scan rig-runtime's jar for tests ({@code
 * dependenciesToScan}), which finds {@link dev.rig.runtime.junit.ProjectFilesInSyncTest}, or by
 * having one test class.
 * This class lets {@code RigMain} point the gap out. It uses no JUnit class, so anything in
 * rig-runtime may call it.
 */
final class SurefireGap {

  /** What rig's default pom puts in the maven-surefire-plugin's configuration. */
  public static final String DEPENDENCIES_TO_SCAN =
      "<dependenciesToScan>\n  <dependency>dev.rig:rig-runtime</dependency>\n</dependenciesToScan>";

  private static final Pattern SCANS_RIG_RUNTIME =
      Pattern.compile(
          "<dependenciesToScan>((?!</dependenciesToScan>).)*dev\\.rig:rig-runtime", Pattern.DOTALL);

  /** Surefire's default includes: Test*, *Test, *Tests, *TestCase. */
  private static final Pattern TEST_CLASS_FILE =
      Pattern.compile("(Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase)\\.java");

  private SurefireGap() {}

  /**
   * The warning for the Maven project in {@code root}, or empty when its test run includes rig's
   * check (or it is not a Maven project). Custom Surefire includes are not read: a project that has
   * them and no default-named test class gets a warning it may not need.
   */
  public static Optional<String> find(Path root) throws IOException {
    Path pom = root.resolve("pom.xml");
    if (!Files.isRegularFile(pom)
        || SCANS_RIG_RUNTIME.matcher(Files.readString(pom)).find()
        || hasTestClass(root.resolve("src/test/java"))) {
      return Optional.empty();
    }
    return Optional.of(
        "rig's check will not run in `mvn test` here: this project has no test class of its own,"
            + " and Surefire then starts no test engine at all (SUREFIRE-1724).\n"
            + "Add this to the maven-surefire-plugin's <configuration> in pom.xml:\n"
            + DEPENDENCIES_TO_SCAN.indent(4)
            + "or add one test class under src/test/java (an empty class named like ProjectTest"
            + " is enough).");
  }

  private static boolean hasTestClass(Path testSources) throws IOException {
    if (!Files.isDirectory(testSources)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(testSources)) {
      return files.anyMatch(
          file ->
              TEST_CLASS_FILE.matcher(file.getFileName().toString()).matches()
                  && Files.isRegularFile(file));
    }
  }
}
