package dev.rig.runtime.junit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * The Surefire that runs this test JVM, if any, and whether rig can be sure that a failing test
 * fails its build. Read from the {@code pom.properties} that surefire-api's jar carries on the
 * forked JVM's classpath (and on the in-process one with {@code forkCount=0}); nothing else is
 * looked at. Uses no JUnit class.
 *
 * <p>rig's test heals files and fails; the failure is the user's only sign that files changed. So
 * rig writes only where it knows the failure is counted: under no Surefire at all (IDEs, the
 * console launcher), and under Surefire 3, which rig's integration tests run from 3.2.5 to 3.5.4
 * (3.5.3 included, whose regression the test's shape avoids). Under Surefire 2, whose JUnit
 * Platform provider predates rig's test shape, and under a Surefire rig does not know, it writes
 * nothing, fails, and says why.
 */
final class SurefireVersion {

  private static final String POM_PROPERTIES =
      "META-INF/maven/org.apache.maven.surefire/surefire-api/pom.properties";

  private SurefireVersion() {}

  /** The version of the Surefire on {@code loader}'s classpath, or empty outside Surefire. */
  static Optional<String> of(ClassLoader loader) {
    for (ClassLoader candidate : new ClassLoader[] {loader, SurefireVersion.class.getClassLoader(),
        ClassLoader.getSystemClassLoader()}) {
      if (candidate == null) {
        continue;
      }
      try (InputStream in = candidate.getResourceAsStream(POM_PROPERTIES)) {
        if (in != null) {
          Properties properties = new Properties();
          properties.load(in);
          String version = properties.getProperty("version");
          if (version != null && !version.isBlank()) {
            return Optional.of(version.strip());
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        // An unreadable file says nothing; the next loader may.
      }
    }
    return Optional.empty();
  }

  /**
   * Why rig cannot be sure that its failure fails a build run by this Surefire, or empty when it
   * can: no Surefire, or Surefire 3.
   */
  static Optional<String> whyNotSure(Optional<String> version) {
    if (version.isEmpty()) {
      return Optional.empty();
    }
    String v = version.get();
    int major;
    try {
      major = Integer.parseInt(v.split("[.-]", 2)[0]);
    } catch (NumberFormatException e) {
      major = -1;
    }
    if (major == 3) {
      return Optional.empty();
    }
    return Optional.of(
        "this build runs maven-surefire-plugin "
            + v
            + ", under which rig cannot be sure that its failing test fails the build (rig's"
            + " test is checked with Surefire 3, from 3.2.5 to 3.5.4), so it wrote nothing."
            + " Pin maven-surefire-plugin 3.5.4 in the pom's <build><plugins> (rig's default pom"
            + " does), or run the project's RigMain sync and commit the changes.");
  }
}
