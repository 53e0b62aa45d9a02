package dev.rig.runtime.internal.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(
      strings = {"", "\n", "# inventory\n", "\n\n# inventory\n\n", "site_name: My Docs\n", "TODO"})
  void atMostOneNonBlankLineIsAPlaceholder(String text) throws IOException {
    Path file = Files.writeString(folder.resolve("README.md"), text);
    assertTrue(Placeholders.isPlaceholder(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"# inventory\n\nCharges customers.\n", "a\nb"})
  void twoLinesAreSomeonesWork(String text) throws IOException {
    Path file = Files.writeString(folder.resolve("README.md"), text);
    assertFalse(Placeholders.isPlaceholder(file));
  }

  @Test
  void missingFilesFoldersLinksAndBinariesAreNotPlaceholders() throws IOException {
    assertFalse(Placeholders.isPlaceholder(folder.resolve("missing.md")));
    assertFalse(Placeholders.isPlaceholder(Files.createDirectories(folder.resolve("docs"))));
    Path target = Files.writeString(folder.resolve("target.md"), "# x\n");
    Path link = Files.createSymbolicLink(folder.resolve("link.md"), target);
    assertFalse(Placeholders.isPlaceholder(link), "a link is never deleted through");
    Path binary = Files.write(folder.resolve("logo.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
    assertFalse(Placeholders.isPlaceholder(binary));
  }
}
