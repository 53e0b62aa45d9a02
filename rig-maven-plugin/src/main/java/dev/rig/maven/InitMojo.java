package dev.rig.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Makes the project a complete rig project, ready for {@code mvn verify}: every managed file, plus
 * a main class and its test when there are no sources. A project without rig yet gets rig's own
 * defaults, at this plugin's version; one that depends on a base gets the base's standards. On
 * an existing project it only prints its plan, unless {@code -Drig.apply=true}.
 */
@Mojo(name = "init", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_TEST_CLASSES)
public class InitMojo extends AbstractRigMojo {

  /** Java package of the sources (default: groupId.artifactId). */
  @Parameter(property = "package")
  String packageName;

  /** Display name for the pom (default: the artifactId). */
  @Parameter(property = "name")
  String name;

  /**
   * Write the plan on an existing project (files under {@code src/}, or a pom with a {@code
   * <parent>} or {@code <modules>}). Without it, init on such a project prints every file it would
   * create or change, with its diff, and writes nothing. A new project is written either way.
   */
  @Parameter(property = "rig.apply", defaultValue = "false")
  boolean apply;

  /**
   * Make a library of standards, which other projects depend on for their configs, instead of a
   * service: a first config class in {@code src/main/java}, rig-runtime {@code provided}, the base
   * a compile dependency, and no main class.
   */
  @Parameter(property = "library", defaultValue = "false")
  boolean library;

  @Override
  String goal() {
    return "init";
  }

  /**
   * Unlike sync, check and list, init does not pass over a project without rig in a reactor: that
   * is the project it is for. At the top of a multi-module build the root, often an aggregator,
   * gets the repository files and a pom without a build (docs/adopting.md, "Where files go").
   */
  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<Path> classpath = testClasspath();
    if (!RigTool.isOn(classpath)) {
      classpath =
          repositories().classpath(List.of(Repositories.RIG_RUNTIME + ":" + plugin.getVersion()));
    }
    List<String> args = commandLine(project.getBasedir().toPath(), "init");
    NewMojo.addOption(args, "--package", packageName);
    NewMojo.addOption(args, "--name", name);
    if (apply) {
      args.add("--apply");
    }
    if (library) {
      args.add("--library");
    }
    runAndReport(classpath, args, module());
  }
}
