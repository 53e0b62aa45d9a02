package dev.rig.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A new project that depends on a base library known only by its coordinates, with the base's
 * standards, ready for {@code mvn verify}; no project or checkout needed, as with {@code
 * archetype:generate}:
 *
 * <pre>
 * mvn dev.rig:rig-maven-plugin:new -Dbase=com.acme:service-base:1.0.0 \
 *     -DgroupId=com.acme -DartifactId=inventory-service
 * </pre>
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractRigMojo {

  /** The base library, {@code groupId:artifactId:version}, resolved from the repositories. */
  @Parameter(property = "base", required = true)
  String base;

  /** The new project's groupId. */
  @Parameter(property = "groupId", required = true)
  String groupId;

  /** The new project's artifactId. */
  @Parameter(property = "artifactId", required = true)
  String artifactId;

  /** Java package of its sources (default: groupId.artifactId). */
  @Parameter(property = "package")
  String packageName;

  /** Its display name (default: the artifactId). */
  @Parameter(property = "name")
  String name;

  /**
   * Make a library of standards, which other projects depend on for their configs, instead of a
   * service: a first config class in {@code src/main/java}, rig-runtime {@code provided}, the base
   * a compile dependency, and no main class.
   */
  @Parameter(property = "library", defaultValue = "false")
  boolean library;

  /** The new project's folder (default: the artifactId, in the current folder). */
  @Parameter(property = "directory")
  String directory;

  @Override
  String goal() {
    return "new";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    String[] parts = base.split(":", -1);
    if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
      throw new MojoFailureException(
          "rig: error: -Dbase="
              + base
              + " is not groupId:artifactId:version\n"
              + "  name the base library as Maven coordinates, such as"
              + " -Dbase=com.acme:service-base:1.0.0");
    }
    Repositories repositories = repositories();
    String rigVersion = repositories.rigRuntimeVersionOf(base).orElse(plugin.getVersion());
    List<Path> classpath =
        repositories.classpath(List.of(base, Repositories.RIG_RUNTIME + ":" + rigVersion));
    List<String> args = new ArrayList<>(List.of("--batch", "new", target().toString()));
    addOption(args, "--group", groupId);
    addOption(args, "--artifact", artifactId);
    addOption(args, "--package", packageName);
    addOption(args, "--name", name);
    if (library) {
      args.add("--library");
    }
    runAndReport(classpath, args, "");
  }

  /** The folder as the user would write it: relative to where Maven runs when it is inside it. */
  private Path target() {
    Path here = Path.of("").toAbsolutePath();
    Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath();
    Path folder = root.resolve(directory == null || directory.isBlank() ? artifactId : directory);
    return folder.normalize().startsWith(here) ? here.relativize(folder.normalize()) : folder;
  }

  static void addOption(List<String> args, String option, String value) {
    if (value != null && !value.isBlank()) {
      args.add(option);
      args.add(value);
    }
  }
}
