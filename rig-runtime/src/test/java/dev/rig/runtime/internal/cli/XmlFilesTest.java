package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.internal.cli.CliRun.rig;
import static dev.rig.runtime.testing.FileTrees.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rig.runtime.Tree;
import dev.rig.runtime.testing.Goldens;
import dev.rig.runtime.testing.TestRegistry;
import dev.rig.runtime.testing.XmlFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's pom through the command line and the real engine: check shows only the lines that
 * change, sync changes only them, CRLF line breaks and a byte order mark included. The poms are
 * the XML corpus's ({@code src/test/resources/xml-corpus/}).
 */
class XmlFilesTest {

  private static final Path CORPUS =
      Goldens.moduleDirectory().resolve(Path.of("src", "test", "resources", "xml-corpus"));

  @TempDir Path root;

  /**
   * service-base after its security change, and a newer Surefire; the project's own registry,
   * compiled without -Arig.coordinates (each test's pom names its own project).
   */
  private final TestRegistry registry =
      TestRegistry.create().coordinates("").add("com.acme.PomConfigFile", () -> new XmlFile("pom.xml",
          Tree.map("project", Tree.map(
              "dependencies", Tree.map("dependency", Tree.list(Tree.map("groupId",
                  "org.bouncycastle", "artifactId", "bcprov-jdk18on", "version", "1.81"))),
              "build", Tree.map("plugins", Tree.map("plugin", Tree.list(Tree.map(
                  "artifactId", "maven-surefire-plugin", "version", "3.5.4"))))))));

  @Test
  void checkShowsOnlyTheLinesThatChangeInACommentedPom() throws Exception {
    Files.copy(CORPUS.resolve("commented-service.pom.xml"), root.resolve("pom.xml"));
    write(root.resolve("src/test/java/AppTest.java"), "class AppTest {}\n");

    CliRun check = rig(registry, "check", "--root", root.toString());

    assertEquals(
        """
        rig: 1 file is out of sync with this project's configs:
            pom.xml (would be updated)
        --- a/pom.xml
        +++ b/pom.xml
        @@ -46,6 +46,11 @@
               <version>5.13.4</version>
               <scope>test</scope>
             </dependency>
        +    <dependency>
        +      <groupId>org.bouncycastle</groupId>
        +      <artifactId>bcprov-jdk18on</artifactId>
        +      <version>1.81</version>
        +    </dependency>
           </dependencies>
           <build>
             <plugins>
        """,
        check.out().substring(0, check.out().indexOf("rig: 1 file checked")));
    assertEquals(1, check.exitCode());
  }

  @Test
  void aCrlfPomWithAByteOrderMarkKeepsBothAndEveryOtherByte() throws Exception {
    byte[] original = Files.readAllBytes(CORPUS.resolve("crlf-bom.pom.xml"));
    Files.write(root.resolve("pom.xml"), original);

    CliRun sync = rig(registry, "sync", "--root", root.toString());

    assertEquals(0, sync.exitCode(), sync.err());
    String expected = new String(original, StandardCharsets.UTF_8).replace("3.2.5", "3.5.4")
        // <dependencies> comes before <build> in Maven's order: right after <version>.
        .replace("  <version>2.0.0</version>\r\n", "  <version>2.0.0</version>\r\n"
            + "  <dependencies>\r\n    <dependency>\r\n"
            + "      <groupId>org.bouncycastle</groupId>\r\n"
            + "      <artifactId>bcprov-jdk18on</artifactId>\r\n"
            + "      <version>1.81</version>\r\n    </dependency>\r\n  </dependencies>\r\n");
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(root.resolve("pom.xml")));
    assertEquals(0, rig(registry, "check", "--root", root.toString()).exitCode());
  }
}
