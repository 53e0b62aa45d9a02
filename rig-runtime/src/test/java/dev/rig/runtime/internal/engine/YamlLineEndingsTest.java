package dev.rig.runtime.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A YAML file with CRLF line breaks or a byte order mark, edited in place as sync does: the
 * engine hands the document LF text without the mark, and puts both back on the edited text.
 */
class YamlLineEndingsTest {

  private static final String BEFORE =
      "# CI\nname: CI\non:\n  push:\n    branches: [main]   # only main\njobs:\n"
          + "  build:\n    runs-on: ubuntu-20.04\n    steps:\n      - uses: actions/checkout@v4\n";
  private static final String AFTER =
      "# CI\nname: CI\non:\n  push:\n    branches: [main]   # only main\njobs:\n"
          + "  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
          + "      - run: mvn -B verify\n";

  @ParameterizedTest(name = "bom={0} crlf={1}")
  @CsvSource({"false, false", "false, true", "true, false", "true, true"})
  void theMarkAndLineBreaksStay(boolean bom, boolean crlf) throws MalformedFileException {
    StoredText stored = StoredText.decode(bytes(BEFORE, bom, crlf));
    Document<Map<String, Object>> document = new Workflow().document(stored.text());

    String edited = document.apply(List.of(
        new Edit.Set(List.of("jobs", "build", "runs-on"), "ubuntu-latest"),
        Edit.Add.item(List.of("jobs", "build", "steps"), Map.of("run", "mvn -B verify"), 1)));

    assertArrayEquals(bytes(AFTER, bom, crlf), stored.encode(edited));
    assertEquals(stored.text(), document.apply(List.of()));
  }

  private static byte[] bytes(String text, boolean bom, boolean crlf) {
    String styled = crlf ? text.replace("\n", "\r\n") : text;
    return ((bom ? "\uFEFF" : "") + styled).getBytes(StandardCharsets.UTF_8);
  }

  /** Opens YAML as sync does. */
  static final class Workflow extends YamlConfigFile {
    @Override
    protected Map<String, Object> configs() {
      return Map.of();
    }

    Document<Map<String, Object>> document(String text) throws MalformedFileException {
      return open(text);
    }
  }
}
