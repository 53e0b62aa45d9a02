package dev.rig.runtime;

/**
 * Required content that a library adds to a file another config owns, without overriding it.
 * Subclass it, typed by the config whose file you add to, annotate the subclass with
 * {@code @RigConfig}, and return what you add from {@link #configs()}:
 *
 * <pre>{@code
 * @RigConfig
 * public class ObservabilityPom extends Contribution<PomConfigFile> {
 *   @Override
 *   protected Map<String, Object> configs() {
 *     return Tree.map("project", Tree.map("dependencies", Tree.map("dependency", Tree.list(
 *         Tree.map("groupId", "io.micrometer", "artifactId", "micrometer-core",
 *             "version", "1.13.0")))));
 *   }
 * }
 * }</pre>
 *
 * <p>The contribution applies to whichever leaf manages the target's file (the target itself, or
 * the subclass or {@code replaces} class that took its place), on top of that leaf's own
 * {@code configs()}, in a fixed order: by the depth of the declaring project, then by class name.
 * Adding keys and distinct list items never conflicts; setting a value the leaf or another
 * contribution sets differently stops the run before anything is written.
 *
 * @param <C> the config whose file this adds to; its content model decides what {@link
 *     #configs()} returns: {@code Map<String, Object>} for tree formats, {@code List<String>} for
 *     line-based text
 */
public abstract class Contribution<C extends ConfigFile<?>> {

  private Project project;

  /**
   * The content this contribution requires of the target's file, in the target's content model.
   * Narrow the return type in the subclass ({@code Map<String, Object>} or {@code
   * List<String>}). Returns a fresh value on every call.
   */
  protected abstract Object configs();

  /** Facts about the project being synced, as the target config sees them. */
  protected final Project project() {
    if (project == null) {
      throw new IllegalStateException(
          getClass().getName() + ".project() was called before rig attached the project;"
              + " call it from configs(), not from a constructor");
    }
    return project;
  }

  /** Attaches the project before the engine calls {@link #configs()}. Used by the engine. */
  final Contribution<C> attach(Project project) {
    this.project = project;
    return this;
  }

  /** The required content. Used by the engine. */
  final Object required() {
    return configs();
  }
}
