package dev.rig.runtime;

import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.content.Edits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

  private Project project;
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
   * The edits that merge {@code required} into {@code actual}, the content of an existing file as
   * {@link #open} parsed it: required values win, everything else is kept where it is.
   */
  protected abstract List<Edit> edits(T actual, T required);

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
  public final ConfigFile<T> contributions(Map<String, ? extends Contribution<?>> contributions) {
    this.contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
    if (project != null) {
      this.contributions.values().forEach(contribution -> contribution.attach(project));
    }
    return this;
  }

  /** The file's path relative to the project root, as given by the config. Used by the engine. */
  public final Path relativePath() {
    return parentPath().resolve(fileName());
  }

  /** See {@link #priority()}. Used by the engine. */
  public final int order() {
    return priority();
  }

  /** See {@link #versionControlIgnored()}. Used by the engine. */
  public final boolean ignoredByVersionControl() {
    return versionControlIgnored();
  }

  /** See {@link #removable()}. Used by the engine. */
  public final boolean isRemovable() {
    return removable();
  }

  /**
   * Decides what sync must write. Used by the engine.
   *
   * @param existingText the file's current text (BOM removed, line breaks as {@code \n}), or
   *     {@code null} when the file does not exist
   * @return the complete new text, or empty when the existing file is correct and must not be
   *     touched; an existing file changes only where the edits of {@link #edits} say
   * @throws MalformedFileException when the existing text cannot be parsed; nothing may be written
   */
  public final Optional<String> plan(String existingText) throws MalformedFileException {
    T required = required();
    if (existingText == null) {
      return Optional.of(render(required));
    }
    Document<T> document = open(existingText);
    T actual = document.content();
    if (contains(actual, required)) {
      return Optional.empty();
    }
    return Optional.of(document.apply(edits(actual, required)));
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
  public final T required() {
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
      if (!sameShape(own, content)) {
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
      result = (T) Edits.apply(result, edits(result, mine));
    }
    return normalize(result);
  }

  /** Where {@code a} and {@code b} set one value differently; empty when they only add. */
  private Optional<List<Object>> disagreement(T a, T b) {
    for (List<Edit> edits : List.of(edits(a, b), edits(b, a))) {
      for (Edit edit : edits) {
        if (!(edit instanceof Edit.Add)) {
          return Optional.of(edit.path());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean sameShape(Object own, Object content) {
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
