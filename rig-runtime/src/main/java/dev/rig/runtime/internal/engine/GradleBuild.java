package dev.rig.runtime.internal.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Gradle build is refused: rig's standards are Maven's (a pom.xml, workflows and a README that
 * call {@code mvn}, a .gitignore for {@code target/}), and writing them into a Gradle build would
 * give it a second, broken build. The one home of that refusal and its message; every command
 * reaches it through {@link Engine} before it reads or writes a managed file.
 */
final class GradleBuild {

  /** The files that make a folder a Gradle build's root, in the order the message names them. */
  static final List<String> MARKERS =
      List.of("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts");

  private GradleBuild() {}

  /** Stops the run when {@code root} holds a Gradle build file and no pom.xml. */
  static void refuse(Path root) throws RigException {
    Optional<String> marker = marker(root);
    if (marker.isPresent()) {
      throw RigException.beforeWriting(
          root + " is a Gradle build (" + marker.get() + ", no pom.xml): rig manages Maven"
              + " projects only, and would give it a pom.xml, a README and workflows that call mvn",
          "run rig on a Maven project (a pom.xml at its root); Gradle support is a later step of"
              + " rig",
          "to move this project to Maven, write its pom.xml first; rig then keeps it on its"
              + " standards");
    }
  }

  /** The first Gradle build file at the root, when the root has no pom.xml. */
  static Optional<String> marker(Path root) {
    if (Files.exists(root.resolve("pom.xml"))) {
      return Optional.empty();
    }
    return MARKERS.stream().filter(name -> Files.exists(root.resolve(name))).findFirst();
  }
}
