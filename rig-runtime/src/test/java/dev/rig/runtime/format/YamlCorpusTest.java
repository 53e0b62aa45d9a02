package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.internal.content.Edits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lossless edits on hand-written YAML files in the styles people use: each sync changes exactly
 * the lines it must, and the result is the golden file {@code <file>.after} beside the original
 * (regenerate with {@code -Drig.updateGoldens=true} and review the diff).
 */
class YamlCorpusTest {

  static final String[] FILES = {
    "ci-workflow.yaml", "indentless-steps.yml", "compose-anchors.yaml", "k8s-multi.yaml",
    "flow-style.yaml", "odd-indent.yaml", "single-quotes.yaml", "block-scalars.yaml",
    "mkdocs-tags.yml", "yaml11-values.yaml", "markers.yaml", "comments-only.yaml",
    "dependabot.yml"
  };

  static Stream<Arguments> syncs() {
    return Stream.of(
        arguments(
            "ci-workflow.yaml",
            "a newer action version",
            List.of(set("actions/setup-java@v4", "jobs", "build", "steps", 1, "uses")),
            List.of("-        uses: actions/setup-java@v3", "+        uses: actions/setup-java@v4")),
        arguments(
            "ci-workflow.yaml",
            "a step added after the last one, before the commented-out step",
            List.of(Edit.Add.item(
                path("jobs", "build", "steps"),
                map("id", "upload", "name", "Upload", "uses", "actions/upload-artifact@v4"),
                3)),
            List.of(
                "+      - id: upload",
                "+        name: Upload",
                "+        uses: actions/upload-artifact@v4")),
        arguments(
            "ci-workflow.yaml",
            "a key removed",
            List.of(new Edit.Remove(path("jobs", "build", "timeout-minutes"))),
            List.of("-    timeout-minutes: 30")),
        arguments(
            "indentless-steps.yml",
            "a step in a file with four-space indents and dashes under their key",
            List.of(
                set("ubuntu-latest", "jobs", "release", "runs-on"),
                Edit.Add.item(
                    path("jobs", "release", "steps"),
                    map("name", "Checksums", "run", "sha256sum target/*.jar"),
                    3)),
            List.of(
                "-        runs-on: ubuntu-22.04",
                "+        runs-on: ubuntu-latest",
                "+        - name: Checksums",
                "+          run: sha256sum target/*.jar")),
        arguments(
            "compose-anchors.yaml",
            "a value beside a merge key, its comment kept",
            List.of(set("acme/auth:1.5.0", "services", "auth", "image")),
            List.of(
                "-    image: acme/auth:1.4.2   # bumped by renovate",
                "+    image: acme/auth:1.5.0   # bumped by renovate")),
        arguments(
            "compose-anchors.yaml",
            "a key a merge key brings in: the service gets its own",
            List.of(set("always", "services", "payment", "restart")),
            List.of("+    restart: always")),
        arguments(
            "compose-anchors.yaml",
            "an anchored value that aliases share: the aliases keep the value they had",
            List.of(set("debug", "x-service-defaults", "environment", "LOG_LEVEL")),
            null),
        arguments(
            "k8s-multi.yaml",
            "the first of two documents",
            List.of(
                set("debug", "data", "LOG_LEVEL"),
                Edit.Add.entry(path("metadata", "labels"), "team", "auth", 1)),
            List.of(
                "+    team: auth",
                "-  LOG_LEVEL: info",
                "+  LOG_LEVEL: debug")),
        arguments(
            "flow-style.yaml",
            "flow lists and maps stay flow",
            List.of(
                Edit.Add.item(path("labels"), "security", 2),
                Edit.Add.item(path("reviewers"), "carol", 2),
                set("daily", "updates", 0, "schedule", "interval")),
            List.of(
                "-  - {package-ecosystem: maven, directory: /, schedule: {interval: weekly}}",
                "-labels: [dependencies, java]",
                "+  - {package-ecosystem: maven, directory: /, schedule: {interval: daily}}",
                "+labels: [dependencies, java, security]",
                "+  carol,")),
        arguments(
            "odd-indent.yaml",
            "three-space indents",
            List.of(
                Edit.Add.entry(path("server"), "shutdown", "graceful", 2),
                Edit.Add.entry(
                    path("spring", "jpa"), "hibernate", map("ddl-auto", "validate"), 1)),
            List.of(
                "+   shutdown: graceful",
                "+      hibernate:",
                "+         ddl-auto: validate")),
        arguments(
            "single-quotes.yaml",
            "a file that single-quotes its strings",
            List.of(
                set("Auth Service Docs", "site_name"),
                Edit.Add.entry(
                    path("extra"), "analytics", map("provider", "google", "property", "G-123"),
                    2)),
            List.of(
                "-site_name: 'Auth Service'",
                "+site_name: 'Auth Service Docs'",
                "+  analytics:",
                "+    provider: 'google'",
                "+    property: 'G-123'")),
        arguments(
            "block-scalars.yaml",
            "keys added after literal and folded blocks",
            List.of(
                Edit.Add.entry(path("jobs", "nightly", "steps", 0), "timeout-minutes", 5, 3),
                Edit.Add.entry(path("jobs", "nightly"), "timeout-minutes", 20, 2)),
            List.of("+        timeout-minutes: 5", "+    timeout-minutes: 20")),
        arguments(
            "mkdocs-tags.yml",
            "tags kept",
            List.of(set("Auth Service", "site_name")),
            List.of("-site_name: Old Name", "+site_name: Auth Service")),
        arguments(
            "yaml11-values.yaml",
            "NO, no, 01234, yes and 1e3 keep their bytes",
            List.of(set("ubuntu-latest", "jobs", "run", "runs-on")),
            List.of("-    runs-on: ubuntu-20.04", "+    runs-on: ubuntu-latest")),
        arguments(
            "markers.yaml",
            "document markers and a directive",
            List.of(set(20, "timeout")),
            List.of("-timeout: 10 # seconds", "+timeout: 20 # seconds")),
        arguments(
            "comments-only.yaml",
            "a file of comments gains its content below them",
            List.of(Edit.Add.entry(path(), "logging", map("level", "INFO"), 0)),
            List.of("+logging:", "+  level: INFO")),
        arguments(
            "dependabot.yml",
            "a file that double-quotes its strings",
            List.of(Edit.Add.item(
                path("updates"),
                map("package-ecosystem", "github-actions", "directory", "/",
                    "schedule", map("interval", "weekly")),
                1)),
            List.of(
                "+  - package-ecosystem: \"github-actions\"",
                "+    directory: \"/\"",
                "+    schedule:",
                "+      interval: \"weekly\"")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("syncs")
  void aSyncChangesExactlyTheRequiredLines(
      String file, String what, List<Edit> edits, List<String> changedLines) throws Exception {
    String before = read(file);
    YamlDocument document = YamlDocument.open(before);

    String after = document.splice(edits);

    assertGolden(file + "." + slug(what) + ".after", after);
    if (changedLines != null) {
      assertEquals(changedLines, changedLines(before, after));
    }
    assertEquals(after, YamlDocument.open(after).apply(List.of()), "no-op after the edit");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void noEditsKeepEveryByte(String file) throws MalformedFileException {
    String text = read(file);
    assertEquals(text, YamlDocument.open(text).apply(List.of()));
  }

  /**
   * Every value of every corpus file set, every entry and item removed, every map and list given
   * one more: each splices in place and reads back as Edits.apply says.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everySingleEditSplicesAndReadsBackAsEditsSay(String file) throws MalformedFileException {
    String text = read(file);
    YamlDocument document = YamlDocument.open(text);
    List<Edit> edits = new ArrayList<>();
    collect(document.content(), new ArrayList<>(), edits);
    for (Edit edit : edits) {
      try {
        document.splice(List.of(edit));
      } catch (RuntimeException e) {
        throw new AssertionError(file + ": " + edit + ": " + e.getMessage(), e);
      }
    }
  }

  static Stream<String> files() {
    return Arrays.stream(FILES);
  }

  private static void collect(Object node, List<Object> path, List<Edit> edits) {
    if (node instanceof Map<?, ?> map) {
      edits.add(Edit.Add.entry(List.copyOf(path), "rig-added", "new value", map.size()));
      edits.add(Edit.Add.entry(List.copyOf(path), "rig-first", map("a", list(1, 2)), 0));
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        List<Object> at = new ArrayList<>(path);
        at.add(entry.getKey());
        if (!path.isEmpty() || map.size() > 1) {
          edits.add(new Edit.Remove(at));
        }
        collect(entry.getValue(), at, edits);
      }
    } else if (node instanceof List<?> list) {
      edits.add(Edit.Add.item(List.copyOf(path), map("k", "v", "n", 1), list.size()));
      edits.add(Edit.Add.item(List.copyOf(path), "first", 0));
      for (int i = 0; i < list.size(); i++) {
        List<Object> at = new ArrayList<>(path);
        at.add(i);
        edits.add(new Edit.Remove(at));
        collect(list.get(i), at, edits);
      }
    } else if (!path.isEmpty()) {
      edits.add(new Edit.Set(List.copyOf(path), "changed: value #1"));
      edits.add(new Edit.Set(List.copyOf(path), map("now", "a map")));
      edits.add(new Edit.Set(List.copyOf(path), "two\nlines\n"));
    }
  }

  static Edit set(Object value, Object... path) {
    return new Edit.Set(List.of(path), value);
  }

  static List<Object> path(Object... steps) {
    return List.of(steps);
  }

  /** The lines a diff shows, "-" for removed and "+" for added, in the diff's order. */
  static List<String> changedLines(String before, String after) {
    List<String> lines = new ArrayList<>();
    for (AbstractDelta<String> delta :
        DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas()) {
      delta.getSource().getLines().forEach(line -> lines.add("-" + line));
      delta.getTarget().getLines().forEach(line -> lines.add("+" + line));
    }
    return lines;
  }

  static String read(String file) {
    try (InputStream in = YamlCorpusTest.class.getResourceAsStream("/yaml-corpus/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("no corpus file " + file, e);
    }
  }

  private static String slug(String what) {
    String slug = what.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("^-|-$", "");
    return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
  }

  private static void assertGolden(String name, String actual) {
    Path golden = Path.of("src/test/resources/yaml-corpus/after", name);
    try {
      if (Boolean.getBoolean("rig.updateGoldens") || !Files.exists(golden)) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual);
        if (!Boolean.getBoolean("rig.updateGoldens")) {
          throw new AssertionError("wrote the missing golden " + golden + "; review and commit it");
        }
      }
      assertEquals(Files.readString(golden), actual, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
