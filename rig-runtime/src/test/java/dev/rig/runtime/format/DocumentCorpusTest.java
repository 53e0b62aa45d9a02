package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus tests every format's document passes: each one-value sync of a corpus file changes
 * exactly the listed lines and gives the golden file; no edits give every file back byte for byte;
 * edits of every node read back as what they mean. A subclass names its corpus and format and
 * lists its syncs in a static {@code oneValueSyncs()} (name, edits, changed lines) and its files
 * in a static {@code corpus()}.
 */
abstract class DocumentCorpusTest {

  private final Corpus files;
  private final DocumentLaws.Parser parser;
  private final DocumentLaws.Values values;

  /**
   * @param format the corpus folder
   * @param parser how the format parses a text
   * @param values what probe edits put into the format's documents
   */
  DocumentCorpusTest(String format, DocumentLaws.Parser parser, DocumentLaws.Values values) {
    this.files = Corpus.of(format);
    this.parser = parser;
    this.values = values;
  }

  abstract Document<?> open(String text) throws MalformedFileException;

  /** Whether a reparse keeps keys in the order the edits give (TOML moves new tables). */
  boolean orderedKeys() {
    return true;
  }

  /** How many probe edit lists to try per file. */
  int probes() {
    return 400;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneValueSyncs")
  void aOneValueSyncChangesExactlyTheRequiredLines(
      String name, List<Edit> edits, List<String> changed) throws Exception {
    String before = files.read(name);
    String after = open(before).apply(edits);

    assertEquals(changed, Corpus.changedLines(before, after));
    files.assertSynced(name, after);
    DocumentLaws.assertReparses(parser, open(before), edits, orderedKeys());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void noEditsGiveTheFileBackByteForByte(String name) throws Exception {
    String text = files.read(name);
    DocumentLaws.assertNoOp(open(text), text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyEditOfEveryNodeReparsesToWhatTheEditsMean(String name) throws Exception {
    Document<?> document = open(files.read(name));
    for (List<Edit> edits : DocumentLaws.probes(document.content(), values, probes())) {
      DocumentLaws.assertReparses(parser, document, edits, orderedKeys());
    }
  }
}
