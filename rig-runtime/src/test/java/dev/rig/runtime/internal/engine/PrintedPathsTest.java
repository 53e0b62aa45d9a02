package dev.rig.runtime.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PrintedPathsTest {

  @Test
  void anOrdinaryPathIsPrintedAsItIs() {
    String path = "docs/caf\u00e9/\u65e5\u672c \ud83d\ude00.md";
    assertSame(path, PrintedPaths.of(path));
  }

  @Test
  void lineBreaksTabsAndOtherControlCharactersBecomeEscapesOnOneLine() {
    assertEquals(
        "x\\nrig: 0 files checked\\r\\t\\u001B[2J\\u007F",
        PrintedPaths.of("x\nrig: 0 files checked\r\t\u001b[2J\u007f"));
  }

  @Test
  void invisibleFormatCharactersAndLoneSurrogatesAreShownToo() {
    // A right-to-left override would show "evil\u202Etxt.exe" as "evilexe.txt".
    assertEquals("evil\\u202Etxt.exe", PrintedPaths.of("evil\u202etxt.exe"));
    assertEquals("a\\u2028b\\uD800", PrintedPaths.of("a\u2028b\ud800"));
    assertEquals("dir/a\\nb", PrintedPaths.of(Path.of("dir", "a\nb")));
  }
}
