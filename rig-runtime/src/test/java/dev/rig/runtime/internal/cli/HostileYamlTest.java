package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.internal.cli.CliRun.rig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and huge YAML: each limit stops rig with exit 2, the file's position and rig's words,
 * and leaves the bytes alone. The timeouts only catch a hang; they are no speed target.
 */
class HostileYamlTest {

  /** A workflow-like file that must name its runner. */
  public static class AppConfigFile extends YamlConfigFile {
    @Override
    protected Map<String, Object> configs() {
      return Tree.map("runs-on", "ubuntu-latest");
    }
  }

  @TempDir Path root;

  private final TestRegistry registry =
      TestRegistry.create().add("com.acme.AppConfigFile", AppConfigFile::new);

  static Stream<Arguments> hostile() {
    return Stream.of(
        arguments(
            "99 aliases of a 1,000-item list (7 KB that stand for 99,000 values)",
            (Supplier<String>) () -> "base: &a [" + "x, ".repeat(999) + "x]\ncopies:\n"
                + "  - *a\n".repeat(99),
            "app.yaml:12:5: aliases stand for more than 10000 values in all, the most rig"
                + " expands; write the values out, or keep this file out of rig"),
        arguments(
            "lists nested 10,000 deep",
            (Supplier<String>) () -> "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n",
            "app.yaml:1:1003: maps and lists nest more than 1000 deep, the most rig reads"),
        arguments(
            "maps nested 1,500 deep in block style",
            (Supplier<String>) () -> {
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < 1_500; i++) {
                text.append(" ".repeat(i)).append("k:\n");
              }
              return text.append(" ".repeat(1_500)).append("v: 1\n").toString();
            },
            "app.yaml:1001:1001: maps and lists nest more than 1000 deep, the most rig reads"),
        arguments(
            "a number of a million digits",
            (Supplier<String>) () -> "n: " + "7".repeat(1_000_000) + "\n",
            "app.yaml:1:4: a number of 1000000 characters; rig reads numbers of up to 1000"
                + " (quote it to make it text)"),
        arguments(
            "a number whose exponent would expand to a billion digits",
            (Supplier<String>) () -> "x: 1e999999999\n",
            "app.yaml:1:4: the number 1e999999999 has an exponent beyond ±9999; rig does not read"
                + " numbers this large (quote it to make it text)"),
        arguments(
            "a file over 32 MiB",
            (Supplier<String>) () -> "text: " + "y".repeat(32 * 1024 * 1024) + "\n",
            // The engine's limit for every file, at the same size, is what the user meets first.
            "app.yaml:1:33554433: the file is larger than rig reads (32 MiB, up to here); it"
                + " leaves the file as it is"),
        arguments(
            "an unclosed quote",
            (Supplier<String>) () -> "runs-on: ubuntu-latest\nname: \"CI\nsteps: []\n",
            "app.yaml:4:1: the quoted text that starts at line 2, column 7 has no closing quote"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void isRefusedWithItsPositionAndLeftAlone(String name, Supplier<String> text, String message)
      throws Exception {
    Path file = root.resolve("app.yaml");
    byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);

    for (String command : new String[] {"check", "sync"}) {
      CliRun run = rig(registry, command, "--root", root.toString());

      assertEquals(2, run.exitCode(), command + ": " + run.err());
      assertTrue(run.err().startsWith("rig: error: " + message + "\n"), run.err());
      assertArrayEquals(bytes, Files.readAllBytes(file), command + " left the bytes alone");
    }
  }

  @Test
  void yaml12MeaningsAreReadAndKept() throws Exception {
    Path file = root.resolve("app.yaml");
    String before =
        "runs-on: ubuntu-20.04\ncountry: NO\nrequired: no\nzip: 01234\nenabled: yes\n"
            + "threshold: 1e3\n";
    Files.writeString(file, before);

    CliRun sync = rig(registry, "sync", "--root", root.toString());

    assertEquals(0, sync.exitCode(), sync.err());
    Map<String, Object> after = new AppConfigFile() {
      Map<String, Object> read(String text) throws Exception {
        return parse(text);
      }
    }.read(Files.readString(file));
    assertEquals("ubuntu-latest", after.get("runs-on"));
    assertEquals("NO", after.get("country"));
    assertEquals("no", after.get("required"));
    assertEquals(1234, ((Number) after.get("zip")).intValue());
    assertEquals("yes", after.get("enabled"));
    assertEquals(0, new java.math.BigDecimal("1000").compareTo(
        new java.math.BigDecimal(after.get("threshold").toString())));
  }

  @Test
  void aRequiredNoMatchesAPlainNo() throws Exception {
    TestRegistry requiresNo = TestRegistry.create().add("com.acme.Dispatch", () ->
        new YamlConfigFile() {
          @Override
          protected Map<String, Object> configs() {
            return Tree.map("inputs", Tree.map("country", Tree.map("default", "NO",
                "required", "no")));
          }

          @Override
          protected String fileName() {
            return "dispatch.yaml";
          }
        });
    Path file = root.resolve("dispatch.yaml");
    String text = "inputs:\n  country:\n    default: NO   # Norway\n    required: no\n";
    Files.writeString(file, text);

    CliRun check = rig(requiresNo, "check", "--root", root.toString());

    assertEquals(0, check.exitCode(), check.out() + check.err());
    assertEquals(text, Files.readString(file));
  }
}
