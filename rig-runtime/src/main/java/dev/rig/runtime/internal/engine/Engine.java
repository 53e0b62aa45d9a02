package dev.rig.runtime.internal.engine;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.Project;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RuntimeAccess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Materializes and validates the leaves of a registry under one project root.
 *
 * <p>Every run first plans every file (reads it, checks its path, asks its config what it must
 * hold) and stops with a {@link RigException} before writing anything when one file is malformed,
 * unsafe or claimed twice. Only then does {@link #sync()} write, each file atomically, under a lock
 * that keeps two runs on one root apart. Files are handled by descending {@code priority()}, then
 * by path.
 */
public final class Engine {

  private final ConfigRegistry registry;
  private final Path root;
  private final Consumer<String> notices;

  /** The facts given by the caller, or null to read them from the root's pom.xml on each run. */
  private final Project facts;

  private Engine(ConfigRegistry registry, Path root, Consumer<String> notices, Project facts) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.root = Objects.requireNonNull(root, "root");
    this.notices = Objects.requireNonNull(notices, "notices");
    this.facts = facts;
  }

  /** An engine for {@code registry}'s leaves under {@code root}; notices go to standard error. */
  public static Engine of(ConfigRegistry registry, Path root) {
    PrintStream err = System.err;
    return new Engine(registry, root, notice -> err.println("rig: " + notice), null);
  }

  /**
   * An engine for {@code registry}'s leaves under {@code project.root()} that gives the configs
   * these facts instead of reading them from pom.xml: {@code init} and {@code new} make a project
   * whose pom does not exist yet, or whose package and depth are not the registry's.
   */
  public static Engine of(ConfigRegistry registry, Project project) {
    PrintStream err = System.err;
    return new Engine(
        registry, project.root(), notice -> err.println("rig: " + notice), project);
  }

  /** This engine telling {@code notices} what it waits for (one line each, no prefix). */
  public Engine withNotices(Consumer<String> notices) {
    return new Engine(registry, root, notices, facts);
  }

  /** Creates missing files and merges required content into incorrect ones. */
  @SuppressWarnings("try") // the lock is held for the block's duration, never referenced in it
  public RunReport sync() throws RigException {
    RootPaths paths = paths();
    try (RootLock lock = acquireLock(paths.realRoot())) {
      List<String> notices = new ArrayList<>();
      List<PlannedFile> plans = plan(paths, notices);
      // Diffs first: the writes then follow each other as closely as they can.
      RunReport report = report(plans, notices);
      removeLeftovers(plans);
      List<String> written = new ArrayList<>();
      for (PlannedFile plan : plans) {
        if (plan.newText() != null || plan.delete()) {
          write(paths, plan, written);
          written.add(plan.path());
        }
      }
      return report;
    } catch (IOException e) {
      throw new RigException("could not release " + RootPaths.LOCK_FILE + ": " + e, e);
    }
  }

  /** Writes nothing; reports what {@link #sync()} would do, with diffs. */
  public RunReport check() throws RigException {
    List<String> notices = new ArrayList<>();
    List<PlannedFile> plans = plan(paths(), notices);
    return report(plans, notices);
  }

  private static RunReport report(List<PlannedFile> plans, List<String> notices) {
    List<FileReport> reports = new ArrayList<>();
    FileReport createdRecord = null;
    for (PlannedFile plan : plans) {
      if (plan.createsRecord()) {
        // Without a record sync behaves as before: writing the first one is not a change.
        createdRecord = plan.report();
      } else {
        reports.add(plan.report());
      }
    }
    return new RunReport(reports, createdRecord, notices);
  }

  /** Every managed file and its leaf, in the order sync handles them. Reads no managed file. */
  public List<ManagedFile> files() throws RigException {
    RootPaths paths = paths();
    Problems problems = new Problems();
    Project project = RuntimeAccess.get().inState(project(paths), new RunState(paths));
    List<Leaf> leaves = Leaves.load(registry, project, paths, problems);
    problems.throwIfAny();
    return leaves.stream().map(Leaf::managedFile).toList();
  }

  /**
   * What rig owns in each managed file: its required content, normalized, by path in the order
   * sync handles the files. Reads no managed file.
   */
  public Map<String, Object> ownedContent() throws RigException {
    RootPaths paths = paths();
    Problems problems = new Problems();
    Project project = RuntimeAccess.get().inState(project(paths), new RunState(paths));
    List<Leaf> leaves = Leaves.load(registry, project, paths, problems);
    Map<String, Object> owned = new LinkedHashMap<>();
    for (Leaf leaf : leaves) {
      try {
        owned.put(leaf.path(), leaf.config().requiredContent());
      } catch (RuntimeException | LinkageError e) {
        problems.add(
            leaf.registered().className() + " failed: " + Problems.describe(e),
            "this is a bug in the config class or its format; report it to its authors");
      }
    }
    problems.throwIfAny();
    return owned;
  }

  private RootPaths paths() throws RigException {
    if (!Files.isDirectory(root)) {
      throw RigException.beforeWriting(
          "the project root " + PrintedPaths.of(root) + " is not a folder",
          "run rig in the project's root folder, or name it with --root DIR");
    }
    RootPaths paths;
    try {
      paths = new RootPaths(root.toRealPath());
    } catch (IOException e) {
      throw RigException.beforeWriting("cannot read the project root " + PrintedPaths.of(root) + ": " + e);
    }
    GradleBuild.refuse(paths.realRoot());
    return paths;
  }

  private Project project(RootPaths paths) throws RigException {
    if (facts != null) {
      return new Project(
          paths.realRoot(),
          facts.groupId(),
          facts.artifactId(),
          facts.version(),
          facts.name(),
          facts.description(),
          facts.packageName(),
          facts.depth(),
          facts.libraryCoordinates())
          .withBases(facts.bases());
    }
    try {
      return RuntimeAccess.get().load(paths.realRoot(), registry);
    } catch (MalformedFileException e) {
      throw RigException.beforeWriting(
          e.describe("pom.xml"),
          "fix the syntax; rig reads the project's coordinates from pom.xml and never rewrites a"
              + " file it cannot parse");
    } catch (IOException e) {
      throw RigException.beforeWriting("could not read pom.xml: " + e);
    }
  }

  /**
   * Plans every file, then checks that planning has reached its fixed point, in the spirit of
   * Spotless's PaddedCell: when the plan changes anything, the leaves are planned again, fresh,
   * on the planned files, and must change nothing more. A config whose second plan differs reads
   * a fact that a later config changes (or its merge does not settle); rig stops before writing
   * and names it. A run that finds every file in sync plans once.
   *
   * @param notices learns what the user should know about files rig does not write here
   */
  private List<PlannedFile> plan(RootPaths paths, List<String> notices) throws RigException {
    Project project = project(paths);
    RunState state = new RunState(paths);
    Map<String, String> owners = new HashMap<>();
    List<PlannedFile> plans = planPass(project, state, paths, owners, notices);
    if (plans.stream().noneMatch(plan -> plan.newText() != null)) {
      return plans;
    }
    List<PlannedFile> again =
        planPass(project, state.afterPlans(), paths, owners, new ArrayList<>());
    List<PlannedFile> unsettled = again.stream().filter(plan -> plan.newText() != null).toList();
    if (!unsettled.isEmpty()) {
      throw RigException.beforeWriting(unsettledMessage(unsettled, owners));
    }
    return plans;
  }

  /**
   * One planning pass; {@code owners} learns the class that manages each leaf's path, {@code
   * notices} the notices of the leaves.
   */
  private List<PlannedFile> planPass(
      Project project,
      RunState state,
      RootPaths paths,
      Map<String, String> owners,
      List<String> notices)
      throws RigException {
    Problems problems = new Problems();
    List<Leaf> leaves =
        Leaves.load(registry, RuntimeAccess.get().inState(project, state), paths, problems);
    List<Leaf> recorded = recordedLeaves(project, state, leaves, paths, problems);
    List<PlannedFile> plans = Planner.plan(leaves, recorded, project, state, paths, problems);
    for (Leaf leaf : leaves) {
      owners.put(leaf.path(), leaf.registered().className());
    }
    problems.throwIfAny();
    notices.addAll(problems.notices());
    return plans;
  }

  /**
   * The leaves whose required content the record keeps: as the project's own runs will see them.
   * A run given the facts of a project that depends on another one ({@code new} from a base's
   * RigMain) requires a dependency on that library; the project's own runs name the project itself,
   * so the dependency is the project's from then on, not something rig would later remove.
   */
  private List<Leaf> recordedLeaves(
      Project project, RunState state, List<Leaf> leaves, RootPaths paths, Problems problems) {
    String own = project.groupId() + ":" + project.artifactId() + ":" + project.version();
    if (facts == null || project.libraryCoordinates().equals(own)) {
      return leaves;
    }
    Project ownRun =
        new Project(
            project.root(),
            project.groupId(),
            project.artifactId(),
            project.version(),
            project.name(),
            project.description(),
            project.packageName(),
            project.depth(),
            own)
            .withBases(project.bases());
    return Leaves.load(registry, RuntimeAccess.get().inState(ownRun, state), paths, problems);
  }

  private static String unsettledMessage(
      List<PlannedFile> unsettled, Map<String, String> owners) {
    StringBuilder message =
        new StringBuilder("[RigUnsettled] planning again on the files this run planned would")
            .append(" change them again, so rig wrote nothing; the configs disagree with the")
            .append(" state they produce:");
    for (PlannedFile plan : unsettled) {
      message.append("\n    ").append(plan.shownPath());
      String owner = owners.get(plan.path());
      if (owner != null) {
        message.append(" (").append(owner).append(')');
      }
    }
    message.append("\n  a config reads a fact (project().pom(), project().currentText(...)) of a file")
        .append(" that a config planned after it changes: give the config of that file a higher")
        .append(" priority(), or derive the fact from what the config itself requires");
    for (PlannedFile plan : unsettled) {
      message.append("\n").append(plan.report().diff().stripTrailing().indent(4).stripTrailing());
    }
    return message.toString();
  }

  private RootLock acquireLock(Path realRoot) throws RigException {
    try {
      return RootLock.acquire(realRoot, notices);
    } catch (RootLock.NotAFileException e) {
      throw RigException.beforeWriting(
          e.getMessage(), "remove it (it holds no data) and run rig again");
    } catch (IOException e) {
      throw RigException.beforeWriting(
          "could not lock " + RootPaths.LOCK_FILE + " in " + PrintedPaths.of(realRoot) + ": " + e,
          "rig needs to create and lock this file to keep two runs apart;"
              + " check that the root is writable and that "
              + RootPaths.LOCK_FILE
              + " is a plain file");
    }
  }

  private static void removeLeftovers(List<PlannedFile> plans) throws RigException {
    for (PlannedFile plan : plans) {
      try {
        AtomicWriter.removeLeftovers(plan.target());
      } catch (IOException e) {
        throw RigException.beforeWriting(
            "could not remove a temporary file an earlier run left next to "
                + plan.shownPath()
                + ": "
                + e);
      }
    }
  }

  private static void write(RootPaths paths, PlannedFile plan, List<String> written)
      throws RigException {
    try {
      // The folders may have changed since planning; a write must still land where it was checked.
      Path target = paths.resolve(plan.path());
      if (!target.equals(plan.target())) {
        throw new RootPaths.UnsafePathException(
            "changed while rig ran (now " + PrintedPaths.of(target) + ")");
      }
      if (plan.delete()) {
        Files.deleteIfExists(target);
      } else {
        AtomicWriter.write(target, plan.bytes());
      }
    } catch (RootPaths.UnsafePathException e) {
      throw cannotWrite(plan, e.getMessage(), written, e);
    } catch (IOException e) {
      throw cannotWrite(plan, e.toString(), written, e);
    }
  }

  private static RigException cannotWrite(
      PlannedFile plan, String reason, List<String> written, Exception cause) {
    String before =
        written.isEmpty()
            ? "no other file was written"
            : "written before it: " + String.join(", ", written.stream().map(PrintedPaths::of).toList());
    return new RigException(
        "could not "
            + (plan.delete() ? "delete " : "write ")
            + plan.shownPath()
            + ": "
            + reason
            + "\n  the file is as it was; "
            + before,
        cause);
  }
}
