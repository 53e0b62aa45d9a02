package dev.rig.runtime.cli;

import static dev.rig.runtime.cli.CliRun.rig;
import static dev.rig.runtime.testing.FileTrees.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rig.runtime.Tree;
import dev.rig.runtime.format.XmlConfigFile;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's pom through the command line: check shows only the real change, sync makes only it. */
class XmlFilesTest {

  /** What service-base requires of a service's pom after its security change. */
  public static class PomConfigFile extends XmlConfigFile {
    @Override
    protected String fileName() {
      return "pom.xml";
    }

    @Override
    protected Map<String, Object> configs() {
      return Tree.map("project", Tree.map(
          "dependencies", Tree.map("dependency", Tree.list(Tree.map(
              "groupId", "org.bouncycastle", "artifactId", "bcprov-jdk18on", "version", "1.81"))),
          "build", Tree.map("plugins", Tree.map("plugin", Tree.list(Tree.map(
              "artifactId", "maven-surefire-plugin", "version", "3.5.4"))))));
    }
  }

  private static final String POM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- Owned by team Auth: ping #auth-team -->
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <artifactId>auth-service</artifactId>
        <properties>
          <jwt.version>0.12.6</jwt.version> <!-- jwt library version -->
        </properties>
        <dependencies>
          <!-- JWT -->
          <dependency>
            <groupId>io.jsonwebtoken</groupId>
            <artifactId>jjwt-api</artifactId>
            <version>${jwt.version}</version>
          </dependency>
        </dependencies>
        <build>
          <plugins>
            <plugin>
              <artifactId>maven-surefire-plugin</artifactId>
              <version>3.2.5</version>
            </plugin>
          </plugins>
        </build>
      </project>
      """;

  @TempDir Path root;

  private final TestRegistry registry =
      TestRegistry.create().add("com.acme.PomConfigFile", PomConfigFile::new);

  @Test
  void checkShowsOnlyTheLinesThatChange() throws Exception {
    write(root.resolve("pom.xml"), POM);
    write(root.resolve("src/test/java/AppTest.java"), "class AppTest {}\n");

    CliRun check = rig(registry, "check", "--root", root.toString());

    assertEquals(
        """
        --- a/pom.xml
        +++ b/pom.xml
        @@ -13,12 +13,17 @@
               <artifactId>jjwt-api</artifactId>
               <version>${jwt.version}</version>
             </dependency>
        +    <dependency>
        +      <groupId>org.bouncycastle</groupId>
        +      <artifactId>bcprov-jdk18on</artifactId>
        +      <version>1.81</version>
        +    </dependency>
           </dependencies>
           <build>
             <plugins>
               <plugin>
                 <artifactId>maven-surefire-plugin</artifactId>
        -        <version>3.2.5</version>
        +        <version>3.5.4</version>
               </plugin>
             </plugins>
           </build>
        """,
        check.out().substring(0, check.out().indexOf("rig: 1 file checked")));
    assertEquals(1, check.exitCode());
  }

  @Test
  void aCrlfPomWithAByteOrderMarkKeepsBothAndEveryOtherByte() throws Exception {
    String crlf = "\uFEFF" + POM.replace("\n", "\r\n");
    Files.write(root.resolve("pom.xml"), crlf.getBytes(StandardCharsets.UTF_8));

    CliRun sync = rig(registry, "sync", "--root", root.toString());

    assertEquals(0, sync.exitCode(), sync.err());
    String expected = crlf.replace("3.2.5", "3.5.4").replace(
        "    </dependency>\r\n  </dependencies>",
        "    </dependency>\r\n    <dependency>\r\n      <groupId>org.bouncycastle</groupId>\r\n"
            + "      <artifactId>bcprov-jdk18on</artifactId>\r\n      <version>1.81</version>\r\n"
            + "    </dependency>\r\n  </dependencies>");
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(root.resolve("pom.xml")));
    assertEquals(0, rig(registry, "check", "--root", root.toString()).exitCode());
  }
}
