package dev.rig.runtime;

import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.Plan;
import dev.rig.runtime.internal.ProjectState;
import dev.rig.runtime.internal.RuntimeAccess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Gives the engine the package-private parts of {@link ConfigFile} and {@link Project}. */
final class RuntimeBridge extends RuntimeAccess {

  @Override
  public Path relativePath(ConfigFile<?> file) {
    return file.relativePath();
  }

  @Override
  public int order(ConfigFile<?> file) {
    return file.order();
  }

  @Override
  public boolean isApplicable(ConfigFile<?> file) {
    return file.isApplicable();
  }

  @Override
  public boolean isGitRootFile(ConfigFile<?> file) {
    return file.isGitRootFile();
  }

  @Override
  public boolean isRemovable(ConfigFile<?> file) {
    return file.isRemovable();
  }

  @Override
  public void contributions(
      ConfigFile<?> file, Map<String, ? extends Contribution<?>> contributions) {
    file.contributions(contributions);
  }

  @Override
  public Plan plan(ConfigFile<?> file, String existingText, Object lastRequired)
      throws MalformedFileException {
    return file.plan(existingText, lastRequired);
  }

  @Override
  public void attach(Contribution<?> contribution, Project project) {
    contribution.attach(project);
  }

  @Override
  public List<String> planNotices(ConfigFile<?> file) {
    return file.planNotices();
  }

  @Override
  public Project load(Path root, ConfigRegistry registry)
      throws IOException, MalformedFileException {
    return Project.load(root, registry);
  }

  @Override
  public Project inState(Project project, ProjectState state) {
    return project.inState(state);
  }
}
