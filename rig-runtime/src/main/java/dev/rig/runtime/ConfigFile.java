package dev.rig.runtime;

import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.content.Merge;
import dev.rig.runtime.internal.ContributionException;
import dev.rig.runtime.internal.Plan;
import dev.rig.runtime.internal.RuntimeAccess;
import dev.rig.runtime.internal.content.Edits;
import dev.rig.runtime.internal.content.Scalars;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A file that rig manages. Subclass one of the format bases in {@code dev.rig.runtime.format},
 * annotate the class with {@code @RigConfig}, and return the <em>minimum required content</em>
 * from {@link #configs()}.
 *
 * <p>Lifecycle: a file is <b>correct</b> when it exists and its content contains the required
 * content. {@code sync} creates a missing file, edits the required content into an incorrect one
 * (required values win, everything else the user wrote is kept, byte for byte where the format's
 * document can) and leaves a correct one untouched.
 *
 * @param <T> the content model of the format: {@code Map<String, Object>} for tree formats,
 *     {@code List<String>} for line-based text
 */
public abstract class ConfigFile<T> {

  static {
    RuntimeAccess.install(new RuntimeBridge());
  }

  private Project project;

  /**
   * The required content while {@link #plan} runs: what the format's reading of the file may ask
   * for again ({@link #requiredContent()}) is not computed twice.
   */
  private T planning;
  private Map<String, Contribution<?>> contributions = Map.of();

  /**
   * The minimum content this file must hold. Called once per run; returns a fresh, mutable value
   * on every call so that an override can call {@code super.configs()} and change it.
   */
  protected abstract T configs();

  /** Folder of the file, relative to the project root. Defaults to the root itself. */
  protected Path parentPath() {
    return Path.of("");
  }

  /**
   * Name of the file including its extension. Defaults to the class's simple name without the
   * {@code ConfigFile} suffix, in snake_case, plus {@link #extension()}: {@code LoggingConfigFile}
   * becomes {@code logging.yaml}.
   */
  protected String fileName() {
    return defaultBaseName(getClass()) + "." + extension();
  }

  /** The format's usual extension, without the dot. */
  protected abstract String extension();

  /**
   * What the user should know about this file beyond its diff, one line each, printed under the
   * file by sync and check (for example that the project's licence disagrees with the standard, so
   * rig kept the file). Read in the state being planned, like {@link #configs()}. Defaults to none.
   */
  protected List<String> notices() {
    return List.of();
  }

  /** See {@link #notices()}. Used by the engine. */
  final List<String> planNotices() {
    return List.copyOf(notices());
  }

  /** Files of higher priority are synced first. Defaults to 0. */
  protected int priority() {
    return 0;
  }

  /** Whether the file belongs in {@code .gitignore} rather than in version control. */
  protected boolean versionControlIgnored() {
    return false;
  }

  /**
   * Whether {@code init} may delete a placeholder at this path: true for files whose whole
   * content rig owns.
   */
  protected boolean removable() {
    return false;
  }

  /**
   * Whether this file belongs in the project at all. A module of a multi-module build ({@link
   * Project#isModule()}) gets only module files: this default leaves out the files GitHub reads
   * from the top of the repository ({@link #belongsAtGitRoot()}) there, and is true otherwise.
   * rig's repository-level defaults (README, LICENSE, docs, {@code .gitignore}, ...) return {@code
   * !project().isModule()}. A file whose config does not apply is not managed: rig neither writes
   * nor checks it and, as for a config that left the chain, deletes it only where it wrote all of
   * it and nobody changed it since (see the record, {@code .rig/required.json}).
   */
  protected boolean applies() {
    return !(project().isModule() && belongsAtGitRoot());
  }

  /**
   * Whether the file only works at the top of the git repository: true under {@code .github/},
   * which GitHub reads there only. When the project root is a subfolder of its repository, rig
   * does not write such a file (it writes nothing outside the root) and tells the user to add it
   * at the top instead.
   */
  protected boolean belongsAtGitRoot() {
    return relativePath().normalize().startsWith(".github");
  }

  /** Facts about the project being synced. Available while rig runs this config. */
  protected final Project project() {
    if (project == null) {
      throw new IllegalStateException(
          getClass().getName() + ".project() was called before rig attached the project;"
              + " call it from configs() or another hook, not from a constructor");
    }
    return project;
  }

  // ---------------------------------------------------------------------------------------------
  // Format hooks, implemented by the format bases in dev.rig.runtime.format.

  /** Parses the text of an existing file. */
  protected abstract T parse(String text) throws MalformedFileException;

  /**
   * Opens the text of an existing file as a document that sync can edit in place: only the nodes
   * an edit names change, every other byte stays. This default parses the text and renders the
   * whole file again when it changes; the format bases override it with their lossless editors.
   *
   * @throws MalformedFileException when the text cannot be parsed; nothing may be written
   */
  protected Document<T> open(String text) throws MalformedFileException {
    return Document.rerendering(text, parse(text), this::render);
  }

  /** Renders content as the complete text of the file, ending with a line break. */
  protected abstract String render(T content);

  /** Whether {@code actual} contains everything {@code required} asks for. */
  protected abstract boolean contains(T actual, T required);

  /**
   * How {@code required} is merged into {@code actual}, the content of an existing file as {@link
   * #open} parsed it: the edits that add what is missing (required values win, everything else is
   * kept where it is) and take out what {@code base} required and {@code required} no longer does,
   * where the file still holds it as rig wrote it.
   *
   * @param base what rig required of this file at the last sync, or {@code null} when unknown
   *     (no record yet): then nothing is taken out
   */
  protected abstract Merge merge(T actual, T base, T required);

  /** The required content in its canonical form (stable order, format-specific scalars). */
  protected abstract T normalize(T content);

  // ---------------------------------------------------------------------------------------------
  // Used by the engine.

  /** Attaches the project before the engine calls any hook. Used by the engine. */
  public final ConfigFile<T> attach(Project project) {
    this.project = project;
    contributions.values().forEach(contribution -> contribution.attach(project));
    return this;
  }

  /**
   * The contributions that add to this file, by the name messages give them, in the order they
   * apply (depth, then class name). Used by the engine.
   */
  final ConfigFile<T> contributions(Map<String, ? extends Contribution<?>> contributions) {
    this.contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
    if (project != null) {
      this.contributions.values().forEach(contribution -> contribution.attach(project));
    }
    return this;
  }

  /** The file's path relative to the project root, as given by the config. Used by the engine. */
  final Path relativePath() {
    return parentPath().resolve(fileName());
  }

  /** See {@link #priority()}. Used by the engine. */
  final int order() {
    return priority();
  }

  /** See {@link #versionControlIgnored()}. Used by the engine. */
  final boolean ignoredByVersionControl() {
    return versionControlIgnored();
  }

  /** See {@link #applies()}. Used by the engine. */
  final boolean isApplicable() {
    return applies();
  }

  /** See {@link #belongsAtGitRoot()}. Used by the engine. */
  final boolean isGitRootFile() {
    return belongsAtGitRoot();
  }

  /** See {@link #removable()}. Used by the engine. */
  final boolean isRemovable() {
    return removable();
  }

  /**
   * Decides what sync must write, without knowing what rig required last time. Used by tests and
   * tools; the engine uses the three-way {@code plan(existingText, lastRequired)}.
   *
   * @param existingText the file's current text (BOM removed, line breaks as {@code \n}), or
   *     {@code null} when the file does not exist
   * @return the complete new text, or empty when the existing file is correct and must not be
   *     touched
   * @throws MalformedFileException when the existing text cannot be parsed; nothing may be written
   */
  public final Optional<String> plan(String existingText) throws MalformedFileException {
    return Optional.ofNullable(plan(existingText, null).text());
  }

  /**
   * Decides what sync must write: a missing file is rendered whole; an existing one is opened as
   * a {@link Document} and changes only where the edits of {@link #merge} say. Used by the engine.
   *
   * @param existingText the file's current text (BOM removed, line breaks as {@code \n}), or
   *     {@code null} when the file does not exist
   * @param lastRequired what rig required of this file at the last sync, as recorded, or {@code
   *     null} when there is no record of it; a record of another shape than this format's content
   *     counts as none
   * @throws MalformedFileException when the existing text cannot be parsed; nothing may be written
   */
  final Plan plan(String existingText, Object lastRequired) throws MalformedFileException {
    T required = required();
    planning = required;
    try {
      return plan(existingText, lastRequired, required);
    } finally {
      planning = null;
    }
  }

  private Plan plan(String existingText, Object lastRequired, T required)
      throws MalformedFileException {
    if (existingText == null) {
      return new Plan(render(required), required, List.of());
    }
    Document<T> document = open(existingText);
    T actual = document.content();
    T base = sameShape(lastRequired, required);
    boolean nothingDropped = base == null || Scalars.sameValue(base, required);
    if (nothingDropped && contains(actual, required)) {
      return new Plan(null, required, List.of());
    }
    Merge merge = merge(actual, base, required);
    String text = merge.changes() ? document.apply(merge.edits()) : null;
    return new Plan(text, required, merge.kept());
  }

  @SuppressWarnings("unchecked")
  private T sameShape(Object recorded, T required) {
    return shapesMatch(recorded, required) ? (T) recorded : null;
  }

  /** The required content, normalized: what rig owns of this file. Used by the engine. */
  public final T requiredContent() {
    return required();
  }

  /** The text of a file that holds exactly the required content. Used by {@code init}, tests. */
  public final String renderRequired() {
    return render(required());
  }

  /**
   * What this file must contain: {@link #configs()}, then each contribution's content merged on
   * top, normalized. This is the required content the engine plans with and records, so a
   * contribution that leaves the chain stops being required like any other content.
   *
   * @throws ContributionException when a contribution disagrees with this config or with an
   *     earlier contribution, or returns content of the wrong shape
   */
  @SuppressWarnings("unchecked")
  final T required() {
    if (planning != null) {
      return planning;
    }
    T own = normalize(configs());
    if (contributions.isEmpty()) {
      return own;
    }
    List<String> names = new ArrayList<>();
    List<T> added = new ArrayList<>();
    T result = own;
    for (Map.Entry<String, Contribution<?>> entry : contributions.entrySet()) {
      String name = entry.getKey();
      Contribution<?> contribution = entry.getValue();
      Object content = contribution.required();
      if (!shapesMatch(own, content)) {
        throw ContributionException.shape(name, content, ContributionException.nameOf(getClass()));
      }
      T mine = normalize((T) content);
      Optional<List<Object>> where = disagreement(own, mine);
      if (where.isPresent()) {
        throw ContributionException.disagreement(
            ContributionException.nameOf(getClass()), true, name, where.get());
      }
      for (int i = 0; i < added.size(); i++) {
        where = disagreement(added.get(i), mine);
        if (where.isPresent()) {
          throw ContributionException.disagreement(names.get(i), false, name, where.get());
        }
      }
      names.add(name);
      added.add(mine);
      result = (T) Edits.apply(result, merge(result, null, mine).edits());
    }
    return normalize(result);
  }

  /** Where {@code a} and {@code b} set one value differently; empty when they only add. */
  private Optional<List<Object>> disagreement(T a, T b) {
    for (List<Edit> edits : List.of(merge(a, null, b).edits(), merge(b, null, a).edits())) {
      for (Edit edit : edits) {
        if (!(edit instanceof Edit.Add)) {
          return Optional.of(edit.path());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean shapesMatch(Object own, Object content) {
    return (own instanceof Map && content instanceof Map)
        || (own instanceof List && content instanceof List);
  }

  /** {@code LoggingConfigFile} → {@code logging}, {@code HealthCheckWorkflowConfigFile} → ... */
  static String defaultBaseName(Class<?> type) {
    String simple = type.getSimpleName();
    if (simple.endsWith("ConfigFile") && simple.length() > "ConfigFile".length()) {
      simple = simple.substring(0, simple.length() - "ConfigFile".length());
    }
    StringBuilder snake = new StringBuilder();
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean wordStart =
            i > 0
                && (Character.isLowerCase(simple.charAt(i - 1))
                    || Character.isDigit(simple.charAt(i - 1))
                    || (i + 1 < simple.length() && Character.isLowerCase(simple.charAt(i + 1))));
        if (wordStart && snake.length() > 0) {
          snake.append('_');
        }
        snake.append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString().toLowerCase(Locale.ROOT);
  }
}
