package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.MalformedFileException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every tree format shares: one sync settles the file, whatever refers to what. */
class TreeConfigFileTest {

  @Test
  void aPinnedPropertyAndTheVersionThatUsesItSettleInOneSync() throws MalformedFileException {
    // The user's junit 5.11.2 meets the floor through a property the base pins lower.
    TestConfigs.Xml config =
        new TestConfigs.Xml(
            map(
                "project",
                map(
                    "properties", map("junit.version", "5.9.0"),
                    "dependencies",
                        map(
                            "dependency",
                            list(
                                map(
                                    "groupId", "org.junit.jupiter",
                                    "artifactId", "junit-jupiter",
                                    "version", "5.10.0"))))));
    String before =
        """
        <project>
          <properties>
            <junit.version>5.11.2</junit.version>
          </properties>
          <dependencies>
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <version>${junit.version}</version>
            </dependency>
          </dependencies>
        </project>
        """;

    String after = config.plan(before).orElseThrow();

    assertTrue(after.contains("<junit.version>5.9.0</junit.version>"), after);
    assertTrue(after.contains("<version>5.10.0</version>"), after);
    assertEquals(Optional.empty(), config.plan(after), "a second sync finds nothing to do");
  }
}
