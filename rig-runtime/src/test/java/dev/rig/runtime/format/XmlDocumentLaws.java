package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.internal.content.Edits;
import dev.rig.runtime.internal.content.Scalars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The two laws of {@link dev.rig.runtime.content.Document}, for XML documents. */
final class XmlDocumentLaws {

  private XmlDocumentLaws() {}

  /** Applying no edits gives the text back, byte for byte. */
  static void assertNoOp(String text) throws MalformedFileException {
    assertEquals(text, XmlDocument.open(text, null).apply(List.of()));
  }

  /**
   * The edited text, read again, holds what {@link Edits#apply} says the edits mean: the same
   * content as XML sees it (a one-item list is its item, an empty map is an empty element).
   */
  static void assertReparses(XmlDocument document, List<Edit> edits, String after)
      throws MalformedFileException {
    Object expected = xml(Edits.apply(document.content(), edits));
    Object actual = xml(XmlTreeReader.read(after, null));
    assertTrue(Scalars.sameValue(expected, actual),
        () -> "edits " + edits + "\nexpected: " + expected + "\nread:     " + actual
            + "\ntext:\n" + after);
  }

  /** The content as XML can hold it. */
  static Object xml(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> normalized = new LinkedHashMap<>();
      map.forEach((key, item) -> {
        Object child = xml(item);
        if (!(child instanceof List<?> list && list.isEmpty())) {
          normalized.put((String) key, child);
        }
      });
      return normalized.isEmpty() ? "" : normalized;
    }
    if (value instanceof List<?> list) {
      if (list.size() == 1) {
        return xml(list.get(0));
      }
      List<Object> normalized = new ArrayList<>();
      list.forEach(item -> normalized.add(xml(item)));
      return normalized;
    }
    return Scalars.text(value);
  }
}
