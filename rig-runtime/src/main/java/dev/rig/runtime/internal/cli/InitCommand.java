package dev.rig.runtime.internal.cli;

import dev.rig.runtime.Project;
import dev.rig.runtime.internal.engine.RigException;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code init}: makes the root a complete project, ready for {@code mvn verify}. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Makes the root a complete project, ready for mvn verify.",
      "Writes every managed file, plus a main class and its test when there are no sources yet.",
      "Existing sources and pom.xml are never replaced;",
      "placeholder files (at most one non-blank line) of rig-owned files are replaced.",
      "The pom's coordinates are kept; the options give them to a root without a pom.",
      "On an existing project (files under src/, or a pom with a <parent> or <modules>)",
      "init only prints its plan, every file with its diff, and writes with --apply."
    })
final class InitCommand implements Callable<Integer> {

  @Option(
      names = "--group",
      paramLabel = "G",
      description = "groupId for a new pom (default: org.example).")
  String groupId;

  @Option(
      names = "--artifact",
      paramLabel = "A",
      description = "artifactId for a new pom (default: the folder's name).")
  String artifactId;

  @Option(
      names = "--package",
      paramLabel = "P",
      description = "Java package of the sources (default: groupId.artifactId).")
  String packageName;

  @Option(
      names = "--name",
      paramLabel = "N",
      description = "Display name for a new pom (default: the artifactId).")
  String name;

  @Option(
      names = "--apply",
      description = {
        "Write the plan on an existing project (Maven: -Drig.apply=true); without it",
        "init on an existing project writes nothing."
      })
  boolean apply;

  @Mixin LibraryOption library = new LibraryOption();

  private final RigCommand rig;

  InitCommand(RigCommand rig) {
    this.rig = rig;
  }

  @Override
  public Integer call() throws RigException {
    Path root = rig.root();
    rig.adopting();
    Project project =
        ProjectFactsResolver.resolve(
            root,
            rig.registry(),
            new ProjectFactsResolver.Options(groupId, artifactId, packageName, name));
    ProjectInitializer initializer =
        new ProjectInitializer(
            rig.registry(), project, InitOutput.notices(rig.terminal()), library.library);
    boolean existing = ProjectInitializer.isExistingProject(root);
    if (!apply && existing) {
      // An existing project is the team's: init shows what it would do, and writes when asked.
      InitOutput.printPlan(initializer.plan(), rig.style(), rig.terminal().out());
      return RigCli.OK;
    }
    InitOutput.print(initializer.run(), rig.style(), rig.terminal().out());
    rig.terminal()
        .out()
        .println(
            "rig: next: "
                + (existing ? BuildStandards.CLEAN_BUILD_COMMAND : BuildStandards.BUILD_COMMAND));
    return RigCli.OK;
  }
}
