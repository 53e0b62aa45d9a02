package dev.rig.runtime.format;

import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import java.util.ArrayList;
import java.util.List;

/**
 * A line-based file that takes edits by line: a line is added before the line at an index
 * ({@link Edit.Add} of an item to the path {@code []}), removed or replaced ({@link Edit.Remove},
 * {@link Edit.Set} at the path {@code [index]}). Every other line stays as it was, and so does the
 * presence or absence of the final line break (a file that ends without one keeps ending without
 * one, unless its last line is now blank).
 */
final class LinesDocument implements Document<List<String>> {

  private final String text;
  private final List<String> lines;

  LinesDocument(String text, List<String> lines) {
    this.text = text;
    this.lines = lines;
  }

  @Override
  public List<String> content() {
    return lines;
  }

  @Override
  public String apply(List<Edit> edits) {
    if (edits.isEmpty()) {
      return text;
    }
    EditIndex index = new EditIndex(edits);
    if (index.setAt(List.of()) != null) {
      throw new IllegalArgumentException("a text file takes edits of its lines, not " + edits);
    }
    List<String> edited = new ArrayList<>();
    for (EditIndex.Slot slot : index.arrange(List.of(), lines.size(), i -> i, false)) {
      if (slot.isOriginal()) {
        Edit.Set set = index.setAt(List.of(slot.original()));
        edited.add(set == null ? lines.get(slot.original()) : line(set.value()));
      } else {
        edited.add(line(slot.added().value()));
      }
    }
    index.requireAllUsed();
    if (edited.isEmpty()) {
      return "";
    }
    // A blank last line needs the break that ends the line before it, and one of its own.
    boolean finalBreak =
        text.isEmpty() || text.endsWith("\n") || edited.get(edited.size() - 1).isEmpty();
    return String.join("\n", edited) + (finalBreak ? "\n" : "");
  }

  private static String line(Object value) {
    if (!(value instanceof String line) || line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a line of text without a line break, not " + value);
    }
    return line;
  }
}
