package dev.rig.runtime.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.configs.RigRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Gradle build (a build or settings script at the root, no pom.xml) is refused by every command
 * that would read or write its files: what, why and what to do, exit code 2, and no file written.
 */
class GradleBuildTest {

  @TempDir Path folder;

  static Stream<Arguments> commandsAndScripts() {
    return Stream.of("sync", "check", "init", "list")
        .flatMap(command -> Stream.of("build.gradle", "build.gradle.kts", "settings.gradle",
                "settings.gradle.kts")
            .map(script -> Arguments.of(command, script)));
  }

  @ParameterizedTest(name = "{0} in a build with {1}")
  @MethodSource("commandsAndScripts")
  void aGradleBuildIsRefusedAndNothingIsWritten(String command, String script)
      throws IOException {
    Path root = Files.createDirectories(folder.resolve("orders"));
    Files.writeString(root.resolve(script), "plugins { id 'java' }\n", StandardCharsets.UTF_8);
    Files.createDirectories(root.resolve("src/main/java/com/acme"));
    List<Path> before = tree(root);

    CliRun run = CliRun.rig(new RigRegistry(), command, "--root", root.toString());

    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals(
        "rig: error: " + root.toRealPath() + " is a Gradle build (" + script + ", no pom.xml):"
            + " rig manages Maven projects only, and would give it a pom.xml, a README and"
            + " workflows that call mvn\n"
            + "  run rig on a Maven project (a pom.xml at its root); Gradle support is a later"
            + " step of rig\n"
            + "  to move this project to Maven, write its pom.xml first; rig then keeps it on its"
            + " standards\n"
            + "rig: nothing was written\n",
        run.err());
    assertEquals(before, tree(root));
  }

  /** A Maven build that also carries a Gradle script (a migration) is a Maven build for rig. */
  @Test
  void aPomBesideAGradleScriptIsAMavenBuild() throws IOException {
    Path root = Files.createDirectories(folder.resolve("orders"));
    Files.writeString(root.resolve("build.gradle"), "", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("pom.xml"),
        "<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId>"
            + "<artifactId>orders</artifactId><version>1.0.0</version></project>\n",
        StandardCharsets.UTF_8);

    // The project's own RigMain: rig's would stop, as it is no registry of com.acme:orders.
    CliRun run =
        CliRun.rig(
            new DefaultsRegistry("com.acme:orders:1.0.0", "com.acme.orders", 1),
            "check",
            "--root",
            root.toString());

    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("README.md"), run.out());
  }

  private static List<Path> tree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.sorted().toList();
    }
  }
}
