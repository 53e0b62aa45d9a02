package dev.rig.runtime.engine;

import dev.rig.runtime.MalformedFileException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads each leaf's file and asks the leaf what sync must write. Writes nothing. */
final class Planner {

  private Planner() {}

  /** One plan per leaf, in the leaves' order; each file that cannot be planned adds a problem. */
  static List<PlannedFile> plan(List<Leaf> leaves, Problems problems) {
    List<PlannedFile> plans = new ArrayList<>();
    for (Leaf leaf : leaves) {
      PlannedFile plan = plan(leaf, problems);
      if (plan != null) {
        plans.add(plan);
      }
    }
    return plans;
  }

  private static PlannedFile plan(Leaf leaf, Problems problems) {
    StoredText stored;
    try {
      stored = StoredText.read(leaf.target());
    } catch (NoSuchFileException e) {
      stored = StoredText.NEW_FILE;
    } catch (StoredText.UnreadableException e) {
      problems.add(e.problem().describe(leaf.shownPath()), e.advice());
      return null;
    } catch (IOException e) {
      problems.add("could not read " + leaf.shownPath() + ": " + e, "check the file's permissions");
      return null;
    }
    Optional<String> newText;
    try {
      newText = leaf.config().plan(stored.text());
    } catch (MalformedFileException e) {
      problems.add(
          e.describe(leaf.shownPath()), "fix the syntax; rig never rewrites a file it cannot parse");
      return null;
    } catch (RuntimeException | LinkageError e) {
      problems.add(
          leaf.registered().className() + " failed on " + leaf.shownPath() + ": " + Problems.describe(e),
          "this is a bug in the config class or its format; report it to its authors");
      return null;
    }
    String text = newText.orElse(null);
    int unwritable = text == null ? -1 : StoredText.firstUnwritable(text);
    if (unwritable >= 0) {
      problems.add(
          leaf.registered().className()
              + " would write to "
              + leaf.shownPath()
              + " half of a surrogate pair (at character "
              + unwritable
              + "), which UTF-8 cannot hold",
          "this is a bug in the config class or its format; report it to its authors");
      return null;
    }
    if (text != null && text.equals(stored.text())) {
      // A format that renders the same text is not a change: the file is left alone.
      text = null;
    }
    return new PlannedFile(leaf, stored, text);
  }
}
