package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.content.Tagged;
import dev.rig.runtime.internal.content.Edits;
import dev.rig.runtime.internal.content.Scalars;
import java.util.List;
import java.util.Map;

/**
 * A YAML file that sync edits in place. The content is the file's first document (a later one is
 * kept as it is); {@link #apply} splices each edit into the text at the positions the parser
 * reported ({@link YamlSplicer}) and keeps every other byte.
 *
 * <p>Every result is read back before it is returned: if it does not say what the edits say (a
 * case the splicer does not know), the first document is written anew from the edited content,
 * in the file's style, which keeps the bytes around it.
 */
final class YamlDocument implements Document<Map<String, Object>> {

  private final YamlComposer.Composed composed;
  private final YamlNode root;
  private final YamlContent reader;
  private final Map<String, Object> content;

  private YamlDocument(YamlComposer.Composed composed) throws MalformedFileException {
    this.composed = composed;
    this.root = composed.roots().isEmpty() ? null : composed.roots().get(0);
    this.reader = new YamlContent(composed.text());
    this.content = reader.document(root);
    for (int i = 1; i < composed.roots().size(); i++) {
      // Later documents are kept, not managed, but must still be valid.
      new YamlContent(composed.text()).value(composed.roots().get(i));
    }
  }

  static YamlDocument open(String text) throws MalformedFileException {
    return new YamlDocument(YamlComposer.compose(text));
  }

  /** How many documents the file holds. */
  int documents() {
    return composed.roots().size();
  }

  /** Where the second document starts, for messages; -1 when there is none. */
  int secondDocumentStart() {
    return composed.roots().size() < 2 ? -1 : composed.roots().get(1).start;
  }

  YamlText text() {
    return composed.text();
  }

  @Override
  public Map<String, Object> content() {
    return content;
  }

  @Override
  public String apply(List<Edit> edits) {
    if (edits.isEmpty()) {
      return composed.text().text;
    }
    Object expected = Edits.apply(content, edits);
    try {
      String spliced = splicer().apply(edits);
      if (reads(spliced, expected)) {
        return spliced;
      }
    } catch (YamlSplicer.CannotSplice e) {
      // Written anew below.
    }
    String rewritten = splicer().apply(List.of(new Edit.Set(List.of(), expected)));
    if (!reads(rewritten, expected)) {
      throw new IllegalStateException("rig could not write the edited YAML; please report: "
          + edits);
    }
    return rewritten;
  }

  /** {@link #apply} without the fall-back: for tests that the splicer handles a case itself. */
  String splice(List<Edit> edits) {
    Object expected = Edits.apply(content, edits);
    String spliced = splicer().apply(edits);
    if (!reads(spliced, expected)) {
      throw new IllegalStateException("the spliced text reads differently:\n" + spliced);
    }
    return spliced;
  }

  private YamlSplicer splicer() {
    YamlText text = composed.text();
    return new YamlSplicer(
        text, root, content, reader, composed.aliases(), new YamlWriter(YamlStyle.of(text, root)));
  }

  private boolean reads(String text, Object expected) {
    try {
      YamlDocument again = open(text);
      return again.documents() == Math.max(documents(), again.root == null ? 0 : 1)
          && same(again.content, expected);
    } catch (MalformedFileException e) {
      return false;
    }
  }

  /** Equal content, key order included; numbers by value. */
  static boolean same(Object a, Object b) {
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!List.copyOf(x.keySet()).equals(List.copyOf(y.keySet()))) {
        return false;
      }
      for (Map.Entry<?, ?> entry : x.entrySet()) {
        if (!same(entry.getValue(), y.get(entry.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Tagged || b instanceof Tagged) {
      return a != null && a.equals(b);
    }
    return Scalars.isScalar(a) && Scalars.isScalar(b) && Scalars.equal(a, b)
        && (a == null) == (b == null);
  }
}
