package dev.rig.runtime.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurefireGapTest {

  private static final String PLAIN_POM = "<project><artifactId>app</artifactId></project>\n";

  @TempDir Path root;

  @Test
  void aProjectWithoutTestClassesIsToldWhatToAdd() throws IOException {
    write("pom.xml", PLAIN_POM);
    write("src/test/java/com/example/Fixtures.java", "class Fixtures {}");

    assertThat(SurefireGap.find(root))
        .contains(
            "rig's check will not run in `mvn test` here: this project has no test class of its"
                + " own, and Surefire then starts no test engine at all (SUREFIRE-1724).\n"
                + "Add this to the maven-surefire-plugin's <configuration> in pom.xml:\n"
                + "    <dependenciesToScan>\n"
                + "      <dependency>dev.rig:rig-runtime</dependency>\n"
                + "    </dependenciesToScan>\n"
                + "or add one test class under src/test/java (an empty class named like ProjectTest"
                + " is enough).");
  }

  @Test
  void aPomThatScansRigRuntimeHasNoGap() throws IOException {
    write(
        "pom.xml",
        "<project><build><plugins><plugin><artifactId>maven-surefire-plugin</artifactId>"
            + "<configuration>"
            + SurefireGap.DEPENDENCIES_TO_SCAN
            + "</configuration>"
            + "</plugin></plugins></build></project>\n");

    assertThat(SurefireGap.find(root)).isEmpty();
  }

  @Test
  void anotherScannedDependencyDoesNotCount() throws IOException {
    write(
        "pom.xml",
        "<project><dependenciesToScan><dependency>com.example:lib</dependency>"
            + "</dependenciesToScan><!-- dev.rig:rig-runtime --></project>\n");

    assertThat(SurefireGap.find(root)).isPresent();
  }

  @Test
  void anyTestClassNamedTheWaySurefireFindsItClosesTheGap() throws IOException {
    write("pom.xml", PLAIN_POM);
    for (String name :
        new String[] {"TestGreeting", "GreetingTest", "GreetingTests", "GreetingTestCase"}) {
      Path file = write("src/test/java/com/example/" + name + ".java", "class " + name + " {}");

      assertThat(SurefireGap.find(root)).as(name).isEmpty();
      Files.delete(file);
    }
  }

  @Test
  void aFolderWithoutPomIsNotAMavenProject() throws IOException {
    assertThat(SurefireGap.find(root)).isEmpty();
  }

  private Path write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
