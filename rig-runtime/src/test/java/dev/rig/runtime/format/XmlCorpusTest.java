package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.map;
import static dev.rig.runtime.format.XmlDocumentTest.entry;
import static dev.rig.runtime.format.XmlDocumentTest.item;
import static dev.rig.runtime.format.XmlDocumentTest.remove;
import static dev.rig.runtime.format.XmlDocumentTest.set;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.testing.Goldens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written XML files in the styles people use (under {@code src/test/resources/xml-corpus/}),
 * each synced with one required change. The golden diff of each (under {@code
 * goldens/xml-corpus/}) is the whole change: every line it does not show stayed byte for byte.
 *
 * <p>The edits are the ones the merge of the required content produces; they are written out here
 * until the merger hands them over itself.
 */
class XmlCorpusTest {

  static final Path CORPUS =
      Goldens.moduleDirectory().resolve(Path.of("src", "test", "resources", "xml-corpus"));

  private static final Map<String, Object> BOUNCY_CASTLE =
      map("groupId", "org.bouncycastle", "artifactId", "bcprov-jdk18on", "version", "1.81");

  static Stream<Arguments> syncs() {
    return Stream.of(
        arguments("apache-library.pom.xml", "a missing property goes after the last one",
            List.of(entry("project.build.outputTimestamp", "2026-01-01T00:00:00Z", 5,
                "project", "properties"))),
        arguments("spring-boot-service.pom.xml", "a dependency in a tab-indented pom",
            List.of(item(BOUNCY_CASTLE, 3, "project", "dependencies", "dependency"))),
        arguments("profiles-antrun.pom.xml", "a plugin version inside a profile",
            List.of(set("3.2.8", "project", "profiles", "profile", 1, "build", "plugins",
                "plugin", "version"))),
        arguments("m2e-cdata.pom.xml", "a property beside entities, CDATA and m2e instructions",
            List.of(set("21", "project", "properties", "maven.compiler.release"))),
        arguments("compact.pom.xml", "a dependency among one-line dependencies",
            List.of(item(map("groupId", "org.slf4j", "artifactId", "slf4j-api", "version",
                "2.0.17"), 3, "project", "dependencies", "dependency"))),
        arguments("logback.xml", "an attribute",
            List.of(set("INFO", "configuration", "root", "@level"))),
        arguments("bom-parent.pom.xml", "a managed plugin, its elements in Maven's order",
            List.of(item(map("artifactId", "maven-surefire-plugin", "version", "3.5.4",
                    "groupId", "org.apache.maven.plugins"),
                1, "project", "build", "pluginManagement", "plugins", "plugin"))),
        arguments("crlf-bom.pom.xml", "a plugin version in a CRLF file with a byte order mark",
            List.of(set("3.5.4", "project", "build", "plugins", "plugin", "version"))),
        arguments("odd-indent.xml", "a server in an empty section, three-space indents",
            List.of(entry("server", map("id", "corp", "username", "${env.CORP_USER}",
                "password", "${env.CORP_PASSWORD}"), 0, "settings", "servers"))),
        arguments("one-line.xml", "a bean in a file written on one line",
            List.of(item(map("@id", "zone", "@class", "java.time.ZoneId",
                "@factory-method", "systemDefault"), 2, "beans", "bean"))),
        arguments("empty-sections.pom.xml", "a property in an empty <properties/>",
            List.of(entry("maven.compiler.release", "17", 0, "project", "properties"))),
        arguments("commented-service.pom.xml", "the seed's security change from service-base",
            List.of(item(BOUNCY_CASTLE, 5, "project", "dependencies", "dependency"))));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("syncs")
  void aSyncChangesOnlyTheRequiredLines(String file, String change, List<Edit> edits)
      throws Exception {
    Stored stored = Stored.read(CORPUS.resolve(file));
    XmlDocument document = XmlDocument.open(stored.text(), null);

    String after = document.apply(edits);

    XmlDocumentLaws.assertReparses(document, edits, after);
    Goldens.assertMatches("xml-corpus", file + ".sync.diff", diff(file, stored.text(), after));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void noEditsGiveTheSameBytes(String file) throws Exception {
    XmlDocumentLaws.assertNoOp(Stored.read(CORPUS.resolve(file)).text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyEditOfEveryNodeReadsBackAsItsMeaning(String file) throws Exception {
    XmlDocument document = XmlDocument.open(Stored.read(CORPUS.resolve(file)).text(), null);
    List<Edit> all = new ArrayList<>();
    XmlEditGenerator.editsOf(document.content(), List.of(), all);
    for (Edit edit : all) {
      XmlDocumentLaws.assertReparses(document, List.of(edit), document.apply(List.of(edit)));
    }
    // And all the sets at once, as a merge would send them.
    List<Edit> sets = all.stream().filter(edit -> edit instanceof Edit.Set).toList();
    XmlDocumentLaws.assertReparses(document, sets, document.apply(sets));
  }

  @Test
  void crlfAndTheByteOrderMarkSurvive() throws Exception {
    Path file = CORPUS.resolve("crlf-bom.pom.xml");
    Stored stored = Stored.read(file);
    String after = XmlDocument.open(stored.text(), null)
        .apply(List.of(set("3.5.4", "project", "build", "plugins", "plugin", "version")));

    byte[] original = Files.readAllBytes(file);
    assertArrayEquals(
        new String(original, StandardCharsets.UTF_8).replace("3.2.5", "3.5.4")
            .getBytes(StandardCharsets.UTF_8),
        stored.encode(after));
  }

  @Test
  void anAntTargetKeepsItsOrderWhateverElseIsEdited() throws Exception {
    String text = Stored.read(CORPUS.resolve("profiles-antrun.pom.xml")).text();
    List<Object> plugin = List.of("project", "build", "plugins", "plugin");
    String after = XmlDocument.open(text, null).apply(List.of(
        set("3.1.1", concat(plugin, "version")),
        remove(concat(plugin, "executions", "execution", "phase")),
        entry("echo", map("@message", "built"), 4,
            concat(plugin, "executions", "execution", "configuration", "target"))));

    List<Integer> positions = Stream.of("<mkdir", "<pathconvert", "<exec ", "<copy", "<echo")
        .map(after::indexOf).toList();
    assertEquals(positions.stream().sorted().toList(), positions, after);
  }

  static Stream<String> files() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList().stream();
    }
  }

  private static Object[] concat(List<Object> path, Object... more) {
    List<Object> all = new ArrayList<>(path);
    all.addAll(List.of(more));
    return all.toArray();
  }

  /** The unified diff a user would see from {@code check}, with one line of context. */
  static String diff(String name, String before, String after) {
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name,
        before.lines().toList(), DiffUtils.diff(before.lines().toList(), after.lines().toList()),
        1);
    return String.join("\n", lines) + "\n";
  }

  /**
   * A file as the engine hands it to a format (no byte order mark, {@code \n} line breaks) and
   * back: the engine's own rule, so that the corpus shows what a user's file becomes.
   */
  record Stored(String text, boolean byteOrderMark, boolean crlf) {
    static Stored read(Path file) throws IOException {
      String raw = Files.readString(file, StandardCharsets.UTF_8);
      boolean bom = raw.startsWith("\uFEFF");
      String body = bom ? raw.substring(1) : raw;
      return new Stored(body.replace("\r\n", "\n"), bom, body.contains("\r\n"));
    }

    byte[] encode(String text) {
      String styled = crlf ? text.replace("\n", "\r\n") : text;
      return ((byteOrderMark ? "\uFEFF" : "") + styled).getBytes(StandardCharsets.UTF_8);
    }
  }
}
