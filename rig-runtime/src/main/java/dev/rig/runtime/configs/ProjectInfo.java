package dev.rig.runtime.configs;

import dev.rig.runtime.PomFacts;
import dev.rig.runtime.Project;
import dev.rig.runtime.configs.facts.GitRemote;
import dev.rig.runtime.internal.facts.ProjectNames;
import java.util.Optional;

/** What the text defaults say about a project, derived the same way by each of them. */
final class ProjectInfo {

  private final Project project;

  private ProjectInfo(Project project) {
    this.project = project;
  }

  static ProjectInfo of(Project project) {
    return new ProjectInfo(project);
  }

  /** The pom's name, else its artifactId, else the folder's name. */
  String name() {
    if (!project.name().isBlank()) {
      return project.name().strip();
    }
    return artifactId();
  }

  String artifactId() {
    return project.artifactId().isBlank()
        ? ProjectNames.artifactIdOf(project.root())
        : project.artifactId().strip();
  }

  /** The pom's description, on one line; empty when it has none. */
  String description() {
    return project.description().strip().replaceAll("\\s+", " ");
  }

  /** The project's repository on GitHub, when its git remote points there. */
  Optional<GitRemote> gitHub() {
    return project.git().gitHub();
  }

  /**
   * The Java release the pom compiles for, in the state being planned (the pom rig is about to
   * write), or the default pom's when it says none.
   */
  String javaRelease() {
    PomFacts pom = project.pom();
    return pom.property(PomConfigFile.releaseProperty(pom)).orElse("17");
  }
}
