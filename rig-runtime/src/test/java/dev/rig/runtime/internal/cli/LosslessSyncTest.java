package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.internal.cli.CliRun.rig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.JsonConfigFile;
import dev.rig.runtime.format.PropertiesConfigFile;
import dev.rig.runtime.format.TextConfigFile;
import dev.rig.runtime.format.TomlConfigFile;
import dev.rig.runtime.testing.TestRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sync through the command line, on the corpus's files written with CRLF line breaks and a byte
 * order mark: the file changes exactly as its golden says, the engine keeps the line breaks and
 * the mark, and {@code check} shows only the changed lines.
 */
class LosslessSyncTest {

  /** package.json, which must be at version 1.5.0. */
  public static class PackageConfigFile extends JsonConfigFile {
    @Override
    protected String fileName() {
      return "package.json";
    }

    @Override
    protected Map<String, Object> configs() {
      return Tree.map("version", "1.5.0");
    }
  }

  /** pyproject.toml, whose ruff allows 100 characters a line. */
  public static class PyprojectConfigFile extends TomlConfigFile {
    @Override
    protected String fileName() {
      return "pyproject.toml";
    }

    @Override
    protected Map<String, Object> configs() {
      return Tree.map("tool", Tree.map("ruff", Tree.map("line-length", 100)));
    }
  }

  /** application.properties, on port 9090. */
  public static class ApplicationConfigFile extends PropertiesConfigFile {
    @Override
    protected String fileName() {
      return "application.properties";
    }

    @Override
    protected Map<String, Object> configs() {
      return Tree.map("server", Tree.map("port", 9090));
    }
  }

  /** .gitignore, which must ignore rig's temporary files. */
  public static class GitignoreConfigFile extends TextConfigFile {
    @Override
    protected String fileName() {
      return "gitignore";
    }

    @Override
    protected List<String> configs() {
      return List.of("*.rig-tmp");
    }
  }

  static Stream<Arguments> files() {
    return Stream.of(
        arguments("json", "package.json", (Supplier<ConfigFile<?>>) PackageConfigFile::new),
        arguments("toml", "pyproject.toml", (Supplier<ConfigFile<?>>) PyprojectConfigFile::new),
        arguments(
            "properties",
            "application.properties",
            (Supplier<ConfigFile<?>>) ApplicationConfigFile::new),
        arguments("text", "gitignore", (Supplier<ConfigFile<?>>) GitignoreConfigFile::new));
  }

  @TempDir Path root;

  @ParameterizedTest(name = "{1}")
  @MethodSource("files")
  void aSyncOfACrlfFileWithAMarkChangesOnlyTheRequiredLinesAndKeepsBoth(
      String format, String name, Supplier<ConfigFile<?>> config) throws Exception {
    Path corpus = Path.of("src", "test", "resources", "corpus", format);
    String before = Files.readString(corpus.resolve(name));
    String synced = Files.readString(corpus.resolve("synced").resolve(name));
    Files.write(root.resolve(name), windows(before));
    TestRegistry registry = TestRegistry.create().add("com.acme.Config", config);

    CliRun check = rig(registry, "check", "--root", root.toString());
    CliRun sync = rig(registry, "sync", "--root", root.toString());

    assertEquals(1, check.exitCode(), check.err());
    assertEquals(
        Corpus.changedLines(before, synced),
        check.out().lines().filter(line -> line.matches("[-+][^-+].*|[-+]")).toList());
    assertEquals(0, sync.exitCode(), sync.err());
    assertArrayEquals(windows(synced), Files.readAllBytes(root.resolve(name)));
    assertEquals(0, rig(registry, "check", "--root", root.toString()).exitCode());
  }

  /** The text with CRLF line breaks, after a UTF-8 byte order mark. */
  private static byte[] windows(String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  /** The changed lines of a diff, as the corpus tests list them. */
  private static final class Corpus {
    static List<String> changedLines(String before, String after) {
      List<String> beforeLines = before.lines().toList();
      List<String> afterLines = after.lines().toList();
      return com.github.difflib.DiffUtils.diff(beforeLines, afterLines).getDeltas().stream()
          .flatMap(
              delta ->
                  Stream.concat(
                      delta.getSource().getLines().stream().map(line -> "-" + line),
                      delta.getTarget().getLines().stream().map(line -> "+" + line)))
          .toList();
    }
  }
}
