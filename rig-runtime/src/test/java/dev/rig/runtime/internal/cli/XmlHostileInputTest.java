package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.internal.cli.CliRun.rig;
import static dev.rig.runtime.testing.FileTrees.read;
import static dev.rig.runtime.testing.FileTrees.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.Tree;
import dev.rig.runtime.format.XmlConfigFile;
import dev.rig.runtime.testing.FileTrees;
import dev.rig.runtime.testing.TestRegistry;
import dev.rig.runtime.testing.XmlFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Huge, deep and hostile XML: rig refuses it with exit code 2, a position and words of its own,
 * and leaves every byte as it was. The timeouts only catch hangs (these runs take well under a
 * second); they measure nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class XmlHostileInputTest {

  @TempDir Path root;

  private final TestRegistry registry =
      TestRegistry.create()
          .add("com.acme.SettingsConfigFile",
              () -> new XmlFile("config/settings.xml", Tree.map("settings", Tree.map("mode",
                  "strict"))))
          .add("com.acme.PomConfigFile",
              () -> new XmlFile("pom.xml", Tree.map("project", Tree.map("modelVersion", "4.0.0",
                  "properties", Tree.map("java.version", "17")))));

  /** {@code depth} nested elements below {@code <open>}: {@code <x><x>...</x></x>}. */
  private static String nested(String open, int depth, String close) {
    return open + "<x>".repeat(depth) + "</x>".repeat(depth) + close;
  }

  private void assertRefused(String expectedError) throws Exception {
    Map<String, String> before = FileTrees.snapshot(root);

    CliRun sync = rig(registry, "sync", "--root", root.toString());

    assertEquals(2, sync.exitCode(), sync.err());
    assertTrue(sync.err().contains("rig: error: " + expectedError), sync.err());
    assertTrue(sync.err().endsWith("rig: nothing was written\n"), sync.err());
    assertEquals(before, FileTrees.snapshot(root), "no file was written or changed");
  }

  @Test
  void elementsTenThousandDeepAreRefusedAtTheFirstOnePastTheLimit() throws Exception {
    write(root.resolve("config/settings.xml"), nested("<settings>", 10_000, "</settings>\n"));
    write(root.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion></project>\n");

    // <settings> is level 1: the 1000th <x> is the first element past 1000 levels.
    assertRefused("config/settings.xml:1:" + ("<settings>".length() + 999 * 3 + 1)
        + ": elements nest more than 1000 levels deep here; rig reads XML up to that depth: a"
        + " config file is far shallower, is this the right file?\n");
  }

  @Test
  void aPomNestedTenThousandDeepInItsBuildIsRefusedTheSameWay() throws Exception {
    String open = "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <build><plugins><plugin>"
        + "<configuration>";
    write(root.resolve("pom.xml"),
        nested(open, 10_000, "</configuration></plugin></plugins></build>\n</project>\n"));

    // Levels 1 to 5 are project, build, plugins, plugin and configuration.
    assertRefused("pom.xml:3:" + ("  <build><plugins><plugin><configuration>".length() + 995 * 3 + 1)
        + ": elements nest more than 1000 levels deep");
  }

  @Test
  void elementsExactlyAtTheLimitAreSynced() throws Exception {
    // Levels: settings, then 999 <x>: 1000 in all.
    String deep = nested("<settings>", 999, "</settings>\n");
    write(root.resolve("config/settings.xml"), deep);

    CliRun sync = rig(registry, "sync", "--root", root.toString());

    assertEquals(0, sync.exitCode(), sync.err());
    assertEquals(deep.replace("</x></settings>", "</x><mode>strict</mode></settings>"),
        read(root.resolve("config/settings.xml")));
  }

  @Test
  void aTwoMegabyteFileIsSyncedInLinearTime() throws Exception {
    StringBuilder big = new StringBuilder("<settings>\n");
    for (int i = 0; big.length() < 2 * 1024 * 1024; i++) {
      big.append("  <server>\n    <id>s").append(i).append("</id>\n    <url>https://h")
          .append(i).append(".example</url>\n  </server>\n");
    }
    String before = big.append("</settings>\n").toString();
    write(root.resolve("config/settings.xml"), before);

    CliRun sync = rig(registry, "sync", "--root", root.toString());

    assertEquals(0, sync.exitCode(), sync.err());
    assertEquals(before.replace("</settings>", "  <mode>strict</mode>\n</settings>"),
        read(root.resolve("config/settings.xml")));
  }

  @Test
  void aFiftyMegabyteBrokenFileIsRefusedBeforeItIsParsed() throws Exception {
    String line = "  <server><id>s</id><url>https://h.example</url></server>\n";
    int lines = 50 * 1024 * 1024 / line.length();
    write(root.resolve("config/settings.xml"),
        "<settings>\n" + line.repeat(lines) + "<broken");

    // The engine's own limit (32 MiB, StoredText) meets a file this size before XML's 16 MiB
    // does: the user sees the position where rig stopped reading and nothing is parsed.
    int limit = 32 << 20;
    int limitLine = 2 + (limit - "<settings>\n".length()) / line.length();
    int limitColumn = 1 + (limit - "<settings>\n".length()) % line.length();
    assertRefused("config/settings.xml:" + limitLine + ":" + limitColumn
        + ": the file is larger than rig reads (32 MiB, up to here); it leaves the file as it is\n");
  }

  @Test
  void aHugePomIsRefusedWhenRigReadsTheProjectsCoordinates() throws Exception {
    String line = "  <!-- padding padding padding padding padding padding padding -->\n";
    write(root.resolve("pom.xml"),
        "<project>\n" + line.repeat(XmlConfigFile.MAX_CHARS / line.length() + 10) + "</project>\n");

    assertRefused("pom.xml:");
    CliRun check = rig(registry, "check", "--root", root.toString());
    assertTrue(check.err().contains(": the file is larger than rig reads as XML (16 MiB"),
        check.err());
  }

  @Test
  void outsideEntitiesAreRefusedAtTheDoctype() throws Exception {
    write(root.resolve("config/settings.xml"),
        "<?xml version=\"1.0\"?>\n<!DOCTYPE settings [<!ENTITY secret SYSTEM"
            + " \"file:///etc/passwd\">]>\n<settings>&secret;</settings>\n");

    assertRefused("config/settings.xml:2:10: the file has a DOCTYPE declaration; rig reads no"
        + " DTDs (they can pull in outside content): remove the DOCTYPE\n");
  }

  @Test
  void aBillionLaughsAreRefusedAtTheDoctype() throws Exception {
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE settings [\n"
        + "  <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("  <!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    write(root.resolve("config/settings.xml"),
        laughs.append("]>\n<settings>&lol9;</settings>\n").toString());

    assertRefused("config/settings.xml:2:10: the file has a DOCTYPE declaration");
  }
}
