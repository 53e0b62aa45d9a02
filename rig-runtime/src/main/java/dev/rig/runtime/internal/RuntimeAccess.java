package dev.rig.runtime.internal;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.Contribution;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.Project;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The engine's way into the parts of {@link ConfigFile} and {@link Project} that are not API.
 * Those methods are package-private in {@code dev.rig.runtime}, so a config author's subclass does
 * not see them; {@code dev.rig.runtime} installs the one implementation when {@code ConfigFile} is
 * initialized, and {@link #get()} makes sure it is.
 */
public abstract class RuntimeAccess {

  private static volatile RuntimeAccess instance;

  protected RuntimeAccess() {}

  /**
   * Installs the implementation; called once, by {@code ConfigFile}'s static initializer.
   *
   * @throws IllegalStateException when one is installed already
   */
  public static synchronized void install(RuntimeAccess access) {
    if (instance != null) {
      throw new IllegalStateException("rig's runtime access is installed already");
    }
    instance = access;
  }

  /** The implementation, initializing {@code ConfigFile} first if nothing has yet. */
  public static RuntimeAccess get() {
    RuntimeAccess access = instance;
    if (access == null) {
      try {
        Class.forName(ConfigFile.class.getName(), true, RuntimeAccess.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      access = instance;
    }
    return access;
  }

  /** The file's path relative to the project root. */
  public abstract Path relativePath(ConfigFile<?> file);

  /** The file's priority: higher is planned first. */
  public abstract int order(ConfigFile<?> file);

  /** Whether the file applies to the project it is attached to. */
  public abstract boolean isApplicable(ConfigFile<?> file);

  /** Whether the file belongs at the root of the Git work tree. */
  public abstract boolean isGitRootFile(ConfigFile<?> file);

  /** Whether rig may delete the file when no config requires it any more. */
  public abstract boolean isRemovable(ConfigFile<?> file);

  /** Sets the contributions that add to the file, by name, in the order they apply. */
  public abstract void contributions(
      ConfigFile<?> file, Map<String, ? extends Contribution<?>> contributions);

  /** What sync must write, given what rig required of the file last time (or {@code null}). */
  public abstract Plan plan(ConfigFile<?> file, String existingText, Object lastRequired)
      throws MalformedFileException;

  /** Attaches the project to a contribution before anything asks it for content. */
  public abstract void attach(Contribution<?> contribution, Project project);

  /** The file's notices for the state being planned. */
  public abstract List<String> planNotices(ConfigFile<?> file);

  /** The facts of the project in {@code root}, from its pom.xml and its registry. */
  public abstract Project load(Path root, ConfigRegistry registry)
      throws IOException, MalformedFileException;

  /** {@code project}'s facts, with the files and run facts of {@code state}. */
  public abstract Project inState(Project project, ProjectState state);
}
