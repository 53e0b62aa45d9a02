package dev.rig.runtime.internal.cli;

import dev.rig.runtime.Project;
import dev.rig.runtime.internal.engine.PrintedPaths;
import dev.rig.runtime.internal.engine.RigException;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code new DIR --group G --artifact A}: a new project in DIR that depends on the project whose
 * {@code RigMain} runs (its coordinates were recorded when it was compiled), with every standard
 * file and a source skeleton. "A new service from service-base" is one command.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Creates a new project in DIR that depends on this project.",
      "DIR must be new or empty; the project gets every managed file and a main class and",
      "its test, ready for mvn verify."
    })
final class NewCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "The new project's folder (relative to the current folder).")
  Path directory;

  @Option(
      names = "--group",
      paramLabel = "G",
      required = true,
      description = "The new project's groupId.")
  String groupId;

  @Option(
      names = "--artifact",
      paramLabel = "A",
      required = true,
      description = "The new project's artifactId.")
  String artifactId;

  @Option(
      names = "--package",
      paramLabel = "P",
      description = "Java package of its sources (default: groupId.artifactId).")
  String packageName;

  @Option(
      names = "--name",
      paramLabel = "N",
      description = "Its display name (default: the artifactId).")
  String name;

  @Mixin LibraryOption library = new LibraryOption();

  private final RigCommand rig;

  NewCommand(RigCommand rig) {
    this.rig = rig;
  }

  @Override
  public Integer call() throws RigException {
    Path root = directory.toAbsolutePath().normalize();
    ProjectFactsResolver.Options options =
        new ProjectFactsResolver.Options(groupId, artifactId, packageName, name);
    ProjectFactsResolver.validate(options);
    prepare(root);
    // The new project is made from its base's registry: the folder rig:new runs in (any project,
    // or none) has no say.
    rig.adopting();
    Project project = ProjectFactsResolver.resolve(root, rig.registry(), options);
    ProjectInitializer.Result result =
        new ProjectInitializer(
                rig.registry(), project, InitOutput.notices(rig.terminal()), library.library)
            .run();
    PrintWriter out = rig.terminal().out();
    InitOutput.print(result, rig.style(), out);
    String library = rig.registry().coordinates();
    out.println(
        "rig: created "
            + project.groupId()
            + ":"
            + project.artifactId()
            + " in "
            + PrintedPaths.of(directory)
            + (library.isEmpty() ? "" : ", on " + library));
    out.println("rig: next: cd " + PrintedPaths.of(directory) + " && " + BuildStandards.BUILD_COMMAND);
    return RigCli.OK;
  }

  /** DIR must be new or empty: {@code new} never mixes a project into existing files. */
  private void prepare(Path root) throws RigException {
    try {
      if (Files.exists(root)) {
        if (!Files.isDirectory(root)) {
          throw new RigException(
              directory + " exists and is a file" + "\n  choose a folder that does not exist yet");
        }
        try (Stream<Path> entries = Files.list(root)) {
          if (entries.findAny().isPresent()) {
            throw new RigException(
                directory
                    + " exists and is not empty"
                    + "\n  choose a new folder, or run `init` inside "
                    + directory
                    + " to give the project there its standards");
          }
        }
      }
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new RigException("could not create " + directory + ": " + e, e);
    }
  }
}
