package dev.rig.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The file work of the seed scenario: copies of the examples, edits a user would make, snapshots. */
final class ScenarioFiles {

  private static final String EXAMPLES_GROUP_ID = "com.myorg";
  private static final String EXAMPLES_GROUP = "<groupId>" + EXAMPLES_GROUP_ID + "</groupId>";
  private static final String RECORDED_GROUP = "\"groupId\": \"com.myorg\"";
  private static final Pattern PLUGIN_PLACEHOLDER = Pattern.compile("@([a-z-]+-plugin)@");

  private ScenarioFiles() {}

  /** {@code examples/} of the reactor that runs these tests. */
  static Path examplesFolder() {
    String reactorRoot = System.getProperty("rig.it.reactorRoot");
    assertTrue(reactorRoot != null, "rig.it.reactorRoot is not set: run the scenario under rig-it's pom");
    Path folder = Path.of(reactorRoot, "examples").toAbsolutePath().normalize();
    assertTrue(Files.isRegularFile(folder.resolve("service-base/pom.xml")),
        "the examples should be in " + folder);
    return folder;
  }

  /**
   * Copies one example project (without {@code target/}) into {@code work} and moves it, and its
   * dependencies on the other examples, to {@code group}: in pom.xml, in dependabot.yml's group of
   * the bases, and in rig's record of both.
   */
  static Path copyProject(Path source, Path work, String group) throws IOException {
    Path target = work.resolve(source.getFileName().toString());
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = source.relativize(file);
        if (relative.startsWith("target")) {
          continue;
        }
        Path copy = target.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    Path pom = target.resolve("pom.xml");
    String text = read(pom);
    assertTrue(text.contains(EXAMPLES_GROUP), pom + " should have the group com.myorg");
    // The committed examples are never installed by rig's build; the scenario's copies are, into
    // the nested builds' own local repository, so that the services find their bases.
    text = text.replaceAll("\\s*<!--[^>]*never installs it[^>]*-->\\s*<maven.install.skip>true</maven.install.skip>", "");
    Files.writeString(pom, text.replace(EXAMPLES_GROUP, "<groupId>" + group + "</groupId>"));
    // rig's record of what it required names the same coordinates: the project was synced so.
    Path record = target.resolve(".rig/required.json");
    String recorded = Files.exists(record) ? read(record) : null;
    if (recorded != null) {
      recorded = recorded.replace(RECORDED_GROUP, "\"groupId\": \"" + group + "\"")
          // The bases' group in dependabot.yml names them groupId:artifactId.
          .replace("\"" + EXAMPLES_GROUP_ID + ":", "\"" + group + ":");
    }
    // dependabot.yml groups the bases by their coordinates: the copy's bases are in the new group,
    // and the record's fingerprint follows, so the copy is the file as rig wrote it.
    Path dependabot = target.resolve(".github/dependabot.yml");
    if (Files.exists(dependabot)) {
      String before = read(dependabot);
      String after = before.replace(EXAMPLES_GROUP_ID + ":", group + ":");
      Files.writeString(dependabot, after);
      if (recorded != null) {
        recorded = recorded.replace(fingerprint(before), fingerprint(after));
      }
    }
    if (recorded != null) {
      Files.writeString(record, recorded);
    }
    return target;
  }

  /** {@code sha256:<hex>} of a file's text, as rig's record holds it for a file it wrote whole. */
  static String fingerprint(String text) {
    try {
      return "sha256:" + HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Writes the docs team's theme library (a test resource) into {@code work}, with the plugin
   * versions of {@code versionsFrom}'s rig-managed pom.xml, so that it builds offline.
   */
  static Path writeDocsTheme(Path work, String group, String rigVersion, Path versionsFrom)
      throws IOException {
    String versions = read(versionsFrom);
    Path source = resource("docs-theme");
    Path target = work.resolve("docs-theme");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          String text = read(file).replace("@GROUP@", group).replace("@RIG_VERSION@", rigVersion);
          Files.writeString(copy, PLUGIN_PLACEHOLDER.matcher(text)
              .replaceAll(plugin -> pluginVersion(versions, plugin.group(1), versionsFrom)));
        }
      }
    }
    return target;
  }

  private static String pluginVersion(String pom, String artifactId, Path where) {
    Matcher matcher = Pattern.compile(
        "<artifactId>" + Pattern.quote(artifactId) + "</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(pom);
    assertTrue(matcher.find(), where + " should pin " + artifactId);
    return matcher.group(1);
  }

  static void copyResource(String name, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    Files.copy(resource(name), target);
  }

  /** Replaces the one occurrence of {@code old} in a file, as a user editing it would. */
  static void replaceOnce(Path file, String old, String replacement) throws IOException {
    String text = read(file);
    int first = text.indexOf(old);
    assertTrue(first >= 0 && first == text.lastIndexOf(old),
        file + " should contain exactly one `" + old + "`");
    Files.writeString(file, text.replace(old, replacement));
  }

  /**
   * Adds a library of standards to a service's pom.xml by hand, as its first dependency, in the test
   * scope, as rig declares a service's base.
   */
  static void addDependency(Path pom, String group, String artifact, String version) throws IOException {
    String text = read(pom);
    String dependencies = "<dependencies>";
    int at = text.indexOf(dependencies);
    assertTrue(at >= 0, pom + " should have a <dependencies> element");
    int lineStart = text.lastIndexOf('\n', at) + 1;
    String indent = text.substring(lineStart, at) + "  ";
    String dependency = "\n" + indent + "<dependency>"
        + "\n" + indent + "  <groupId>" + group + "</groupId>"
        + "\n" + indent + "  <artifactId>" + artifact + "</artifactId>"
        + "\n" + indent + "  <version>" + version + "</version>"
        + "\n" + indent + "  <scope>test</scope>"
        + "\n" + indent + "</dependency>";
    int end = at + dependencies.length();
    Files.writeString(pom, text.substring(0, end) + dependency + text.substring(end));
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every file of a project except build output and rig's lock file (both git-ignored), by path
   * relative to it with {@code /}.
   */
  static Map<String, byte[]> snapshot(Path project) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(project)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        Path relative = project.relativize(file);
        boolean ignored = relative.startsWith("target") || relative.toString().equals(".rig.lock");
        if (!ignored && Files.isRegularFile(file)) {
          files.put(relative.toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  /** Files added, removed or changed between two snapshots, sorted. */
  static List<String> changedFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    List<String> changed = new ArrayList<>();
    for (String path : paths) {
      byte[] old = before.get(path);
      byte[] now = after.get(path);
      if (old == null || now == null || !Arrays.equals(old, now)) {
        changed.add(path);
      }
    }
    return changed;
  }

  private static Path resource(String name) {
    try {
      var url = ScenarioFiles.class.getResource("/seed-scenario/" + name);
      assertTrue(url != null, "test resource seed-scenario/" + name + " is missing");
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
