package dev.rig.runtime.internal.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.rig.runtime.content.Edit;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits that turn one list of lines into another: how a line-based file (the content of a
 * {@code TextConfigFile}) takes a sync. A line that changes in place is a {@link Edit.Set} of that
 * line, a new line an {@link Edit.Add} before the line it precedes, a line that goes a {@link
 * Edit.Remove}; every other line is left alone.
 */
public final class LineEdits {

  private LineEdits() {}

  /**
   * Edits of {@code before} (paths are line indexes) whose {@link Edits#apply} is {@code after}: a
   * shortest diff (Myers), so lines the two share are never touched.
   */
  public static List<Edit> between(List<String> before, List<String> after) {
    List<Edit> edits = new ArrayList<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
      int at = delta.getSource().getPosition();
      int removed = delta.getSource().size();
      List<String> added = delta.getTarget().getLines();
      int replaced = Math.min(removed, added.size());
      for (int i = 0; i < replaced; i++) {
        edits.add(new Edit.Set(List.of(at + i), added.get(i)));
      }
      for (int i = replaced; i < removed; i++) {
        edits.add(new Edit.Remove(List.of(at + i)));
      }
      for (int i = replaced; i < added.size(); i++) {
        edits.add(Edit.Add.item(List.of(), added.get(i), at + removed));
      }
    }
    return edits;
  }
}
