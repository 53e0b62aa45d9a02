package dev.rig.runtime.internal.engine;

import static dev.rig.runtime.testing.FileTrees.write;
import static dev.rig.runtime.testing.KeyValueFile.pairs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.testing.FileTrees;
import dev.rig.runtime.testing.KeyValueFile;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file rig cannot read or parse is never rewritten, and stops the whole run before any write. */
class MalformedFileTest {

  @TempDir Path root;

  /** The broken file sorts after files that would be created or updated: order cannot save it. */
  private final TestRegistry registry =
      TestRegistry.create()
          .add(
              "com.acme.First",
              () -> new KeyValueFile("a-first.properties", f -> pairs("a", "1"), 10))
          .keyValue("com.acme.Existing", "b-existing.properties", pairs("b", "2"))
          .keyValue("com.acme.Broken", "config/broken.properties", pairs("level", "INFO"));

  private RigException stopped() {
    Map<String, String> before = FileTrees.snapshot(root);
    RigException stop = assertThrows(RigException.class, () -> Engine.of(registry, root).sync());
    assertEquals(before, FileTrees.snapshot(root), "not one byte written, no file created");
    assertTrue(stop.nothingWritten());
    return stop;
  }

  @Test
  void aMalformedFileStopsTheRunWithItsPositionAndWhatToDo() throws Exception {
    write(root.resolve("b-existing.properties"), "b=1\n");
    write(
        root.resolve("config/broken.properties"),
        "level=DEBUG\nmine=kept\nthis line has no equals sign\n");

    RigException stop = stopped();

    assertEquals(
        "config/broken.properties:3:1: expected key=value, found \"this line has no equals sign\"\n"
            + "  fix the syntax; rig never rewrites a file it cannot parse",
        stop.getMessage());
  }

  @Test
  void checkReportsTheSameProblem() throws Exception {
    write(root.resolve("config/broken.properties"), "oops\n");

    RigException stop = assertThrows(RigException.class, () -> Engine.of(registry, root).check());

    assertTrue(stop.getMessage().startsWith("config/broken.properties:1:1: expected key=value"));
  }

  @Test
  void aFileThatIsNotUtf8IsNeverRewritten() throws Exception {
    Path broken = root.resolve("config/broken.properties");
    Files.createDirectories(broken.getParent());
    // "café" in ISO-8859-1 on line 2: the é is the byte 0xE9, which UTF-8 cannot start a character
    // with.
    Files.write(
        broken, new byte[] {'a', '=', '1', '\n', 'c', 'a', 'f', (byte) 0xE9, '=', 'x', '\n'});

    RigException stop = stopped();

    assertEquals(
        "config/broken.properties:2:4: not valid UTF-8 (byte 0xE9); rig reads and writes UTF-8"
            + " only\n"
            + "  convert the file to UTF-8; rig never rewrites a file it cannot read",
        stop.getMessage());
  }

  @Test
  void everyMalformedFileIsReportedInOneRun() throws Exception {
    write(root.resolve("b-existing.properties"), "nope\n");
    write(root.resolve("config/broken.properties"), "level=INFO\n\nbad\n");

    RigException stop = stopped();

    assertEquals(
        "b-existing.properties:1:1: expected key=value, found \"nope\"\n"
            + "  fix the syntax; rig never rewrites a file it cannot parse\n"
            + "config/broken.properties:3:1: expected key=value, found \"bad\"\n"
            + "  fix the syntax; rig never rewrites a file it cannot parse",
        stop.getMessage());
  }

  @Test
  void aMalformedPomXmlStopsTheRunWithItsPosition() throws Exception {
    write(
        root.resolve("pom.xml"),
        "<project>\n  <artifactId>x</artifactId>\n  <version>1</oops>\n</project>\n");

    RigException stop = stopped();

    assertTrue(stop.getMessage().startsWith("pom.xml:3:"), stop.getMessage());
    assertTrue(
        stop.getMessage()
            .endsWith(
                "\n  fix the syntax; rig reads the project's coordinates from pom.xml and never"
                    + " rewrites a file it cannot parse"),
        stop.getMessage());
  }

  @Test
  void aConfigThatThrowsStopsTheRunAndIsNamed() throws Exception {
    TestRegistry registry =
        TestRegistry.create()
            .keyValue("com.acme.Fine", "fine.properties", pairs("a", "1"))
            .add(
                "com.acme.Buggy",
                () ->
                    new KeyValueFile(
                        "buggy.properties",
                        f -> {
                          throw new IllegalStateException("no database URL");
                        },
                        0));

    RigException stop = assertThrows(RigException.class, () -> Engine.of(registry, root).sync());

    assertTrue(
        stop.getMessage()
            .startsWith(
                "com.acme.Buggy failed on buggy.properties: java.lang.IllegalStateException: no"
                    + " database URL (at "),
        stop.getMessage());
    assertTrue(Files.notExists(root.resolve("fine.properties")));
  }
}
