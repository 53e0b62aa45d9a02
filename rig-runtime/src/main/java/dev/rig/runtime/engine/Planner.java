package dev.rig.runtime.engine;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.Project;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads each leaf's file and asks the leaf what sync must write, in the leaves' order, each config
 * seeing the files as the run planned them so far ({@link RunState}). Writes nothing.
 */
final class Planner {

  private Planner() {}

  /** One plan per leaf, in the leaves' order; each file that cannot be planned adds a problem. */
  static List<PlannedFile> plan(
      List<Leaf> leaves, Project project, RunState state, Problems problems) {
    List<PlannedFile> plans = new ArrayList<>();
    Project planned = project.inState(state);
    for (Leaf leaf : leaves) {
      leaf.config().attach(planned);
      PlannedFile plan = plan(leaf, state, problems);
      if (plan != null) {
        plans.add(plan);
      }
    }
    return plans;
  }

  private static PlannedFile plan(Leaf leaf, RunState state, Problems problems) {
    StoredText stored;
    try {
      stored = state.stored(leaf.path(), leaf.target());
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
    if (text != null) {
      state.plan(leaf.path(), text);
    }
    return new PlannedFile(leaf, stored, text);
  }
}
