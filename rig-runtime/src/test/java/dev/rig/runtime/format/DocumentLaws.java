package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.internal.content.Edits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The two laws of {@link Document}, checked on a text and on edits of every node of its content:
 * no edits give the text back byte for byte, and the edited text parses to what {@link
 * Edits#apply} says the edits mean.
 */
final class DocumentLaws {

  /** Parses a text as the format does. */
  interface Parser {
    Object parse(String text) throws MalformedFileException;
  }

  /** The values probes put into a document of the format. */
  record Values(Function<Integer, Object> scalar, Function<Integer, Object> subtree) {}

  private DocumentLaws() {}

  static void assertNoOp(Document<?> document, String text) {
    assertEquals(text, document.apply(List.of()), "no edits give the text back, byte for byte");
  }

  /** The text with {@code edits} applied parses to {@code Edits.apply(content, edits)}. */
  static String assertReparses(
      Parser parser, Document<?> document, List<Edit> edits, boolean orderedKeys)
      throws MalformedFileException {
    String edited = document.apply(edits);
    Object expected = Edits.apply(document.content(), edits);
    Object actual;
    try {
      actual = parser.parse(edited);
    } catch (MalformedFileException e) {
      throw new AssertionError(
          "the edited text does not parse (" + e.getMessage() + ") after " + edits + ":\n"
              + edited, e);
    }
    try {
      PlanAssertions.assertSameTree(expected, actual, orderedKeys);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\nafter " + edits + ":\n" + edited, e);
    }
    return edited;
  }

  /**
   * Edit lists that reach every node of {@code content} (at most {@code limit} of them): each
   * scalar set alone; every scalar set at once; in each map and list, an entry or item added at the
   * front and at the end, each member removed alone, every other member removed together with
   * both additions; each map and list replaced by a new subtree.
   */
  static List<List<Edit>> probes(Object content, Values values, int limit) {
    List<List<Edit>> probes = new ArrayList<>();
    List<Edit> everyScalar = new ArrayList<>();
    collect(List.of(), content, values, probes, everyScalar, new int[] {0});
    if (everyScalar.size() > 1) {
      probes.add(0, everyScalar);
    }
    return probes.size() > limit ? probes.subList(0, limit) : probes;
  }

  private static void collect(
      List<Object> path,
      Object node,
      Values values,
      List<List<Edit>> probes,
      List<Edit> everyScalar,
      int[] counter) {
    int n = counter[0]++;
    if (node instanceof Map<?, ?> map) {
      List<String> keys = map.keySet().stream().map(String::valueOf).toList();
      List<Edit> together = new ArrayList<>();
      together.add(Edit.Add.entry(path, "probe-front-" + n, values.scalar().apply(n), 0));
      together.add(
          Edit.Add.entry(path, "probe-end-" + n, values.subtree().apply(n), keys.size()));
      probes.add(List.of(together.get(0)));
      probes.add(List.of(together.get(1)));
      for (int i = 0; i < keys.size(); i++) {
        Edit remove = new Edit.Remove(EditIndex.child(path, keys.get(i)));
        probes.add(List.of(remove));
        if (i % 2 == 0) {
          together.add(remove);
        }
      }
      probes.add(together);
      if (!path.isEmpty()) {
        probes.add(List.of(new Edit.Set(path, values.subtree().apply(n))));
      }
      for (String key : keys) {
        collect(EditIndex.child(path, key), map.get(key), values, probes, everyScalar, counter);
      }
    } else if (node instanceof List<?> list) {
      List<Edit> together = new ArrayList<>();
      together.add(Edit.Add.item(path, values.scalar().apply(n), 0));
      together.add(Edit.Add.item(path, values.subtree().apply(n), list.size()));
      probes.add(List.of(together.get(0)));
      probes.add(List.of(together.get(1)));
      for (int i = 0; i < list.size(); i++) {
        Edit remove = new Edit.Remove(EditIndex.child(path, i));
        probes.add(List.of(remove));
        if (i % 2 == 0) {
          together.add(remove);
        }
      }
      probes.add(together);
      if (!path.isEmpty()) {
        probes.add(List.of(new Edit.Set(path, values.subtree().apply(n))));
      }
      for (int i = 0; i < list.size(); i++) {
        collect(EditIndex.child(path, i), list.get(i), values, probes, everyScalar, counter);
      }
    } else {
      Edit set = new Edit.Set(path, values.scalar().apply(n));
      probes.add(List.of(set));
      everyScalar.add(set);
    }
  }
}
