package dev.rig.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

/** What every rig goal shares: {@code rig.skip}, the project, and running rig's command line. */
abstract class AbstractRigMojo extends AbstractMojo {

  /** Skips every rig goal. */
  @Parameter(property = "rig.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  RepositorySystemSession repositorySession;

  @Inject RepositorySystem repositorySystem;

  /** The goal's name, as in {@code mvn rig:<goal>}. */
  abstract String goal();

  /**
   * Runs the goal unless skipped; by default, the rig command of the goal's name on this project
   * (sync and list need nothing more).
   */
  void run() throws MojoExecutionException, MojoFailureException {
    runOnProject(goal());
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("rig: skipped (rig.skip=true)");
      return;
    }
    run();
  }

  /** The project's test class path: its classes, its test classes and every dependency. */
  List<Path> testClasspath() throws MojoExecutionException {
    List<Path> classpath = new ArrayList<>();
    try {
      for (String element : project.getTestClasspathElements()) {
        classpath.add(Path.of(element));
      }
    } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the test class path is not resolved: " + e, e);
    }
    return classpath;
  }

  /** {@code groupId:artifactId} of the project, which rig checks its own registry against. */
  String module() {
    return project.getGroupId() + ":" + project.getArtifactId();
  }

  Repositories repositories() {
    return new Repositories(
        repositorySystem, repositorySession, project.getRemoteProjectRepositories());
  }

  /** {@code --root DIR --batch} and then the command: rig's words for the project at hand. */
  static List<String> commandLine(Path root, String... command) {
    List<String> args = new ArrayList<>(List.of("--root", root.toString(), "--batch"));
    args.addAll(List.of(command));
    return args;
  }

  /** Runs rig and reports in Maven's terms: the log, or a failed goal. */
  void runAndReport(List<Path> classpath, List<String> args, String module)
      throws MojoExecutionException, MojoFailureException {
    RigTool.run(classpath, args, module).report(getLog(), goal());
  }

  /**
   * Runs a command on the project's own configs (sync, check, list), whose test class path must
   * hold rig-runtime. In a reactor, a project without rig (such as an aggregator) is passed over,
   * as {@code mvn rig:sync} at the top of a multi-module build means its rig projects.
   */
  void runOnProject(String... command) throws MojoExecutionException, MojoFailureException {
    List<Path> classpath = testClasspath();
    if (RigTool.isOn(classpath)) {
      runAndReport(classpath, commandLine(project.getBasedir().toPath(), command), module());
    } else if (session.getProjects().size() > 1) {
      getLog().info("rig: skipped: " + module() + " has no rig-runtime on its test class path");
    } else {
      throw new MojoFailureException(
          "rig: error: "
              + module()
              + " has no rig-runtime on its test class path\n"
              + "  add the test dependency dev.rig:rig-runtime:"
              + plugin.getVersion()
              + ", or run mvn rig:init, which adds it");
    }
  }
}
