package dev.rig.runtime.engine;

import dev.rig.runtime.MalformedFileException;
import java.io.IOException;
import java.nio.file.Files;
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
      stored = StoredText.decode(Files.readAllBytes(leaf.target()));
    } catch (NoSuchFileException e) {
      stored = StoredText.NEW_FILE;
    } catch (MalformedFileException e) {
      problems.add(
          e.describe(leaf.path()),
          "convert the file to UTF-8; rig never rewrites a file it cannot read");
      return null;
    } catch (IOException e) {
      problems.add("could not read " + leaf.path() + ": " + e, "check the file's permissions");
      return null;
    }
    Optional<String> newText;
    try {
      newText = leaf.config().plan(stored.text());
    } catch (MalformedFileException e) {
      problems.add(
          e.describe(leaf.path()), "fix the syntax; rig never rewrites a file it cannot parse");
      return null;
    } catch (RuntimeException | LinkageError e) {
      problems.add(
          leaf.registered().className() + " failed on " + leaf.path() + ": " + Problems.describe(e),
          "this is a bug in the config class or its format; report it to its authors");
      return null;
    }
    String text = newText.orElse(null);
    if (text != null && text.equals(stored.text())) {
      // A format that renders the same text is not a change: the file is left alone.
      text = null;
    }
    return new PlannedFile(leaf, stored, text);
  }
}
