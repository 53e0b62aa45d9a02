package dev.rig.bench.build;

import dev.rig.bench.measure.Command;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A project whose generated {@code RigMain} can run: its root folder (where the managed files
 * live), the class path of the RigMain process, and the main class.
 *
 * @param description what the project is, for the report
 * @param managedConfigs how many config classes its modules declare (rig's defaults not counted)
 */
public record RigProject(
    String description, Path root, List<Path> classPath, String mainClass, List<BuiltModule> modules, int managedConfigs) {

  public RigProject {
    classPath = List.copyOf(classPath);
    modules = List.copyOf(modules);
  }

  /** {@code java [jvmOptions] -cp … RigMain ARGS --root ROOT}, run from the root. */
  public Command rigMain(Path java, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(JavacOptions.join(classPath));
    command.add(mainClass);
    command.addAll(List.of(args));
    command.add("--root");
    command.add(root.toString());
    return Command.of(root, command);
  }

  public BuiltModule top() {
    return modules.get(modules.size() - 1);
  }
}
