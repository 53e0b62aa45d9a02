package dev.rig.runtime.internal.engine;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.Project;
import dev.rig.runtime.internal.ContributionException;
import dev.rig.runtime.internal.Plan;
import dev.rig.runtime.internal.RuntimeAccess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads each leaf's file and rig's {@linkplain RequiredRecord record}, in the leaves' order, each
 * config seeing the files as the run planned them so far ({@link RunState}), and decides what sync
 * must write: each leaf's file merged three-way against what rig required of it last time, the file of
 * each config that left the chain deleted when rig wrote all of it and nobody changed it since, and
 * the record of what is required now. Writes nothing.
 */
final class Planner {

  /** How a note about what rig no longer requires but left in place begins. */
  static final String KEPT = "kept, as you changed it since rig wrote it: ";

  private final RootPaths paths;
  private final RunState state;
  private final Problems problems;

  private Planner(RootPaths paths, RunState state, Problems problems) {
    this.paths = paths;
    this.state = state;
    this.problems = problems;
  }

  /**
   * One plan per leaf, in the leaves' order, then one per file of a config that left the chain,
   * then the record when it changes. Each file that cannot be planned adds a problem.
   */
  static List<PlannedFile> plan(
      List<Leaf> leaves,
      List<Leaf> recorded,
      Project project,
      RunState state,
      RootPaths paths,
      Problems problems) {
    return new Planner(paths, state, problems)
        .plan(leaves, recorded, RuntimeAccess.get().inState(project, state));
  }

  /**
   * @param recorded the leaves as the project's own runs see them (usually {@code leaves}): the
   *     record keeps what they require
   */
  private List<PlannedFile> plan(List<Leaf> leaves, List<Leaf> recorded, Project planned) {
    Path recordTarget = recordTarget();
    StoredText recordText = recordTarget == null ? null : read(RequiredRecord.PATH, RequiredRecord.PATH, recordTarget);
    RequiredRecord record = recordText == null ? null : parseRecord(recordText);
    if (record == null) {
      // A problem stops the run; plan the files anyway, so that it reports all problems at once.
      for (Leaf leaf : leaves) {
        leaf.config().attach(planned);
        planLeaf(leaf, null, new TreeMap<>());
      }
      return List.of();
    }
    List<PlannedFile> plans = new ArrayList<>();
    Map<String, RequiredRecord.Entry> next = new TreeMap<>();
    Set<String> managed = new HashSet<>();
    for (Leaf leaf : leaves) {
      managed.add(leaf.path());
      leaf.config().attach(planned);
      PlannedFile plan = planLeaf(leaf, record.entry(leaf.path()), next);
      if (plan != null) {
        plans.add(plan);
      }
    }
    if (recorded != leaves) {
      for (Leaf leaf : recorded) {
        RequiredRecord.Entry entry = next.get(leaf.path());
        if (entry != null) {
          next.put(leaf.path(), new RequiredRecord.Entry(
              entry.written(), requiredContent(leaf)));
        }
      }
    }
    boolean belowGitRoot = planned.gitRootAbove().isPresent();
    for (String path : record.paths()) {
      if (belowGitRoot && !managed.contains(path) && atGitRoot(path)) {
        // Not written here, so not deleted either: what rig required of it stays recorded.
        next.put(path, record.entry(path));
      } else if (!managed.contains(path)) {
        PlannedFile plan = planDropped(path, record.entry(path));
        if (plan != null) {
          plans.add(plan);
        }
      }
    }
    String text = new RequiredRecord(next).render();
    boolean nothingToRecord = next.isEmpty() && recordText.text() == null;
    if (!nothingToRecord && !text.equals(recordText.text())) {
      state.plan(RequiredRecord.PATH, text);
      plans.add(new PlannedFile(
          RequiredRecord.PATH, recordTarget, recordText, text, false, List.of()));
    }
    return plans;
  }

  private PlannedFile planLeaf(
      Leaf leaf, RequiredRecord.Entry last, Map<String, RequiredRecord.Entry> next) {
    if (leaf.path().equals(RequiredRecord.PATH)) {
      problems.add(
          leaf.registered().className()
              + " asks for "
              + RequiredRecord.PATH
              + ", where rig keeps its record of what it required",
          "give the config another parentPath() or fileName()");
      return null;
    }
    StoredText stored = read(leaf.path(), leaf.shownPath(), leaf.target());
    if (stored == null) {
      return null;
    }
    Plan plan;
    try {
      plan =
          RuntimeAccess.get()
              .plan(leaf.config(), stored.text(), last == null ? null : last.required());
    } catch (MalformedFileException e) {
      problems.add(
          e.describe(leaf.shownPath()),
          "fix the syntax; rig never rewrites a file it cannot parse");
      return null;
    } catch (ContributionException e) {
      problems.add(e.getMessage() + " of " + leaf.shownPath(), e.advice());
      return null;
    } catch (RuntimeException | LinkageError e) {
      configFailed(leaf, e);
      return null;
    }
    String text = plan.text();
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
    next.put(leaf.path(), new RequiredRecord.Entry(written(stored, text, last), plan.required()));
    List<String> notes = new ArrayList<>();
    plan.kept().forEach(kept -> notes.add(KEPT + kept));
    try {
      notes.addAll(RuntimeAccess.get().planNotices(leaf.config()));
    } catch (RuntimeException | LinkageError e) {
      configFailed(leaf, e);
      return null;
    }
    return new PlannedFile(leaf.path(), leaf.target(), stored, text, false, notes);
  }

  /** Whether a recorded file belongs at the top of the git repository: it is under .github. */
  private static boolean atGitRoot(String path) {
    return path.equals(".github") || path.startsWith(".github/");
  }

  private void configFailed(Leaf leaf, Throwable e) {
    problems.add(
        leaf.registered().className() + " failed on " + leaf.shownPath() + ": "
            + Problems.describe(e),
        "this is a bug in the config class or its format; report it to its authors");
  }

  private Object requiredContent(Leaf leaf) {
    try {
      return leaf.config().requiredContent();
    } catch (RuntimeException | LinkageError e) {
      configFailed(leaf, e);
      return null;
    }
  }

  /**
   * The fingerprint the record keeps of the text of a file rig wrote all of: one it creates now,
   * or one it wrote whole before that nobody has changed since. Once the user changes the file the
   * old fingerprint stays: it no longer matches (unless they undo their change), and the record
   * does not change just because a user edited a file.
   */
  private static String written(StoredText stored, String newText, RequiredRecord.Entry last) {
    String after = newText != null ? newText : stored.text();
    if (stored.text() == null) {
      return RequiredRecord.fingerprint(after);
    }
    if (last == null || last.written() == null) {
      return null;
    }
    boolean untouched = last.written().equals(RequiredRecord.fingerprint(stored.text()));
    return untouched ? RequiredRecord.fingerprint(after) : last.written();
  }

  /** The file of a config that left the chain: deleted if rig wrote all of it and it is as then. */
  private PlannedFile planDropped(String path, RequiredRecord.Entry last) {
    Path target;
    try {
      target = paths.resolve(RootPaths.normalize(paths.realRoot().getFileSystem().getPath(path)));
    } catch (RootPaths.UnsafePathException e) {
      problems.add(
          RequiredRecord.PATH + " names the file " + PrintedPaths.of(path) + ", which "
              + e.getMessage(),
          "rig deletes nothing there; remove that entry from the record, or restore the record"
              + " from version control");
      return null;
    } catch (IOException e) {
      problems.add("could not inspect " + PrintedPaths.of(path) + ": " + e);
      return null;
    }
    StoredText stored = read(path, PrintedPaths.of(path), target);
    if (stored == null || stored.text() == null) {
      return null;
    }
    String gone =
        Objects.requireNonNullElse(
            problems.whyNotApplicable(path),
            "rig no longer manages it: no config in the chain requires it");
    if (last.written() != null && last.written().equals(RequiredRecord.fingerprint(stored.text()))) {
      return new PlannedFile(path, target, stored, null, true, List.of(gone));
    }
    String why =
        last.written() == null
            ? "rig did not write all of it"
            : "it changed since rig wrote it";
    return new PlannedFile(
        path, target, stored, null, false, List.of(gone + "; kept, because " + why));
  }

  private Path recordTarget() {
    try {
      return paths.resolve(RequiredRecord.PATH);
    } catch (RootPaths.UnsafePathException e) {
      problems.add(
          RequiredRecord.PATH + ", rig's record of what it required, " + e.getMessage(),
          "make it a plain file inside the project, or remove what is in its place");
    } catch (IOException e) {
      problems.add("could not inspect " + RequiredRecord.PATH + ": " + e);
    }
    return null;
  }

  private RequiredRecord parseRecord(StoredText stored) {
    if (stored.text() == null) {
      return RequiredRecord.NONE;
    }
    int conflict = RequiredRecord.conflictLine(stored.text());
    if (conflict > 0) {
      problems.add(
          RequiredRecord.PATH
              + ":"
              + conflict
              + ": a git merge conflict; rig cannot tell what it required before the merge",
          "keep one side of each conflict (either is what rig required on one branch), or delete"
              + " the file, then run sync again: rig writes the record anew");
      return null;
    }
    try {
      return RequiredRecord.parse(stored.text());
    } catch (MalformedFileException e) {
      problems.add(
          e.describe(RequiredRecord.PATH) + " (rig's record of what it required)",
          "restore it from version control (git checkout -- "
              + RequiredRecord.PATH
              + "), or delete it and run sync again: rig writes a new one, and that one sync"
              + " removes nothing rig stopped requiring");
      return null;
    }
  }

  /**
   * The file's text as this pass starts from it, {@link StoredText#NEW_FILE} when it is missing,
   * null after a problem.
   *
   * @param path the path relative to the root, normalized
   * @param shownPath the path as rig prints it
   */
  private StoredText read(String path, String shownPath, Path target) {
    try {
      return state.stored(path, target);
    } catch (StoredText.UnreadableException e) {
      problems.add(e.problem().describe(shownPath), e.advice());
    } catch (IOException e) {
      problems.add("could not read " + shownPath + ": " + e, "check the file's permissions");
    }
    return null;
  }
}
