package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.internal.cli.CliRun.rig;
import static dev.rig.runtime.testing.KeyValueFile.pairs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour only for a person at a terminal, never in logs. */
class ColourTest {

  private static final String GREEN_CREATED = "\u001B[32mcreated  \u001B[0m app.properties\n";
  private static final String PLAIN_CREATED = "created   app.properties\n";

  @TempDir Path root;

  private final TestRegistry registry =
      TestRegistry.create().keyValue("com.acme.App", "app.properties", pairs("a", "1"));

  private String firstLine(Map<String, String> env, boolean terminal, String... options) {
    String[] args = new String[options.length + 3];
    System.arraycopy(options, 0, args, 0, options.length);
    args[options.length] = "--root";
    args[options.length + 1] = root.toString();
    args[options.length + 2] = "sync";
    String out = rig(registry, env, terminal, args).out();
    return out.substring(0, out.indexOf('\n') + 1);
  }

  @Test
  void aTerminalGetsColour() {
    assertEquals(GREEN_CREATED, firstLine(Map.of(), true));
  }

  @Test
  void outputThatIsNotATerminalIsPlain() {
    assertEquals(PLAIN_CREATED, firstLine(Map.of(), false));
  }

  @Test
  void noColorTurnsColourOff() {
    assertEquals(PLAIN_CREATED, firstLine(Map.of("NO_COLOR", "1"), true));
  }

  @Test
  void anEmptyNoColorDoesNot() {
    assertEquals(GREEN_CREATED, firstLine(Map.of("NO_COLOR", ""), true));
  }

  @Test
  void ciTurnsColourOff() {
    assertEquals(PLAIN_CREATED, firstLine(Map.of("CI", "true"), true));
  }

  @Test
  void batchModeTurnsColourOff() {
    assertEquals(PLAIN_CREATED, firstLine(Map.of(), true, "-B"));
  }

  @Test
  void noColorOptionTurnsColourOff() {
    assertEquals(PLAIN_CREATED, firstLine(Map.of(), true, "--no-color"));
  }
}
