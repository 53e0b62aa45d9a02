package dev.rig.runtime.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rig.runtime.MalformedFileException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a file's bytes become the text a config sees, and how new text goes back in its style. */
class StoredTextTest {

  private static byte[] bytes(String escaped) {
    return escaped
        .replace("\\r", "\r")
        .replace("\\n", "\n")
        .replace("BOM", "\uFEFF")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String shown(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n");
  }

  @ParameterizedTest(name = "{0} is seen as {1} and rewritten as {2}")
  @CsvSource({
    "a\\nb\\n,             a\\nb\\n, x\\ny\\n",
    "a\\r\\nb\\r\\n,       a\\nb\\n, x\\r\\ny\\r\\n",
    "BOMa\\r\\n,           a\\n,     BOMx\\r\\ny\\r\\n",
    "BOMa\\n,              a\\n,     BOMx\\ny\\n",
    "a\\r\\nb\\r\\nc\\n,   a\\nb\\nc\\n, x\\r\\ny\\r\\n",
    "a\\r\\nb\\n,          a\\nb\\n, x\\ny\\n",
    "a\\rb\\n,             a\\rb\\n, x\\ny\\n",
    "'',                   '',       x\\ny\\n",
  })
  void theMarkAndTheLineEndingStyleAreKept(String before, String seen, String after)
      throws MalformedFileException {
    StoredText stored = StoredText.decode(bytes(before));

    assertEquals(shown(new String(bytes(seen), StandardCharsets.UTF_8)), shown(stored.text()));
    assertArrayEquals(bytes(after), stored.encode("x\ny\n"));
  }

  @ParameterizedTest(name = "{0} is refused at {1}")
  @CsvSource({
    "C3,          1:1",
    "6162C30A,    1:3",
    "0A0A61E9,    3:2",
    "EFBBBF6180,  1:2",
    "ED A0 80,    1:1",
  })
  void bytesThatAreNotUtf8AreRefusedWithTheirPosition(String hex, String position) {
    String digits = hex.replace(" ", "");
    byte[] bytes = new byte[digits.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
    }

    MalformedFileException refusal =
        assertThrows(MalformedFileException.class, () -> StoredText.decode(bytes));

    assertEquals(position, refusal.line() + ":" + refusal.column());
  }
}
