package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.internal.cli.CliRun.rig;
import static dev.rig.runtime.testing.FileTrees.write;
import static dev.rig.runtime.testing.KeyValueFile.pairs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rig.runtime.testing.KeyValueFile;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs print the same bytes whatever the locale or time zone of the machine. */
class DeterminismTest {

  @TempDir Path sandbox;

  private final TestRegistry registry =
      TestRegistry.create()
          .add(
              "com.acme.TITLE", () -> new KeyValueFile("TITLE.properties", f -> pairs("I", "ı"), 3))
          .keyValue(
              "com.acme.Info", "config/info.properties", pairs("count", "12345", "dotted", "İi"));

  /** What sync, check, list and help print on a fresh copy of one project. */
  private List<String> outputs(String copy) throws Exception {
    Path root = sandbox.resolve(copy);
    write(root.resolve("config/info.properties"), "count=1\nuser=İstanbul\n");
    String r = root.toString();
    return List.of(
        rig(registry, "--root", r, "check").out().replace(r, "ROOT"),
        rig(registry, "--root", r, "sync").out(),
        rig(registry, "--root", r, "list").out(),
        rig(registry, "--help").out());
  }

  @Test
  void aTurkishLocaleAndAnOddTimeZoneChangeNothing() throws Exception {
    List<String> usual = outputs("usual");
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));

      assertEquals(usual, outputs("turkish"));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
