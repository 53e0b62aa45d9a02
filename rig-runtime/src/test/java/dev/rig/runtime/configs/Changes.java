package dev.rig.runtime.configs;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** The lines that differ between two renderings: {@code "- old"} and {@code "+ new"}, stripped. */
final class Changes {

  private Changes() {}

  static List<String> between(String before, String after) {
    List<String> changes = new ArrayList<>();
    for (AbstractDelta<String> delta :
        DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas()) {
      for (String line : delta.getSource().getLines()) {
        changes.add("- " + line.strip());
      }
      for (String line : delta.getTarget().getLines()) {
        changes.add("+ " + line.strip());
      }
    }
    return changes;
  }
}
