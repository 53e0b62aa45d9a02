package dev.rig.bench;

import dev.rig.bench.build.BuiltModule;
import dev.rig.bench.build.ProjectBuilder;
import dev.rig.bench.build.RigProject;
import dev.rig.bench.generate.ConfigSpec;
import dev.rig.bench.generate.ModuleSpec;
import dev.rig.bench.measure.BenchmarkFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The projects several figures share, built once on first use: the synced service of figures 2
 * and 4, the projects with many managed files of figure 3 and of the in-process benchmarks, and
 * the library chain under figure 1's module.
 */
public final class Fixtures {

  private final Context context;
  private RigProject service;
  private final Map<Integer, RigProject> fileProjects = new HashMap<>();
  private IndexedModule indexed;

  Fixtures(Context context) {
    this.context = context;
  }

  /** The seed's chain, bottom up: auth-service on backend-base on service-base. */
  static final List<String> EXAMPLE_CHAIN = List.of("service-base", "backend-base", "auth-service");

  /**
   * A synced service on rig's full default set: the examples' auth-service on backend-base on
   * service-base, compiled from {@code examples/} as their own builds would; or, where the
   * examples are missing, a synthetic base library and a service on it.
   */
  public RigProject service() {
    if (service == null) {
      Path examples = context.toolchain().examples();
      boolean haveExamples =
          EXAMPLE_CHAIN.stream().allMatch(name -> Files.isDirectory(examples.resolve(name).resolve("src/main/java")));
      service = haveExamples ? examplesService(examples) : syntheticService();
    }
    return service;
  }

  private RigProject examplesService(Path examples) {
    List<BuiltModule> built = new ArrayList<>();
    for (String name : EXAMPLE_CHAIN) {
      built.add(
          context.builder().buildFromSources(
              "examples", name, examples.resolve(name).resolve("src/main/java"), "com.myorg:" + name + ":1.0.0",
              List.copyOf(built)));
    }
    Path root = context.workDir().resolve("examples").resolve("root");
    ProjectBuilder.deleteRecursively(root);
    copyProject(examples.resolve(EXAMPLE_CHAIN.get(EXAMPLE_CHAIN.size() - 1)), root);
    int configs = built.stream().mapToInt(BuiltModule::configCount).sum();
    return synced(
        new RigProject(
            "examples' auth-service → backend-base → service-base",
            root,
            context.builder().classPathFor(built),
            built.get(built.size() - 1).rigMain(),
            built,
            configs));
  }

  private RigProject syntheticService() {
    List<ModuleSpec> chain = new ArrayList<>();
    ModuleSpec base = context.generator().module("base", "bench.base", 12, List.of(), 0);
    chain.add(base);
    chain.add(context.generator().module("svc", "bench.svc", 12, base.leaves(), 4));
    return synced("service", "synthetic service-base → service (examples/ not found)", chain);
  }

  /** A synced project whose one module declares {@code files} configs, one file each. */
  public RigProject filesProject(int files) {
    return fileProjects.computeIfAbsent(
        files,
        count ->
            synced(
                "files" + count,
                count + " managed files",
                List.of(context.generator().module("files" + count, "bench.files" + count, count, List.of(), 0))));
  }

  /**
   * Figure 1's set-up: a chain of libraries holding {@code indexEntries} configs, compiled, and a
   * module on top with {@code serviceConfigs} configs, written but not compiled (that is what
   * is timed).
   */
  public IndexedModule indexedModule() {
    if (indexed == null) {
      Settings settings = context.settings();
      List<ModuleSpec> libraries =
          context.generator().chain("lib", settings.upstreamModules(), settings.upstreamConfigsPerModule(),
              settings.upstreamConfigsPerModule() / 5);
      List<BuiltModule> built = context.builder().buildChain("indexed", libraries);
      List<ConfigSpec> below = libraries.get(libraries.size() - 1).leaves();
      ModuleSpec top =
          context.generator().module("app", "bench.app", settings.serviceConfigs(), below, settings.serviceConfigs() / 5);
      BuiltModule module = context.builder().build("indexed", top, built, false);
      indexed = new IndexedModule(module, context.builder().classPathFor(built), settings.indexEntries());
    }
    return indexed;
  }

  /**
   * The timed module of figure 1 and what its compilation sees.
   *
   * @param classPath rig-runtime, its dependencies and the library jars
   * @param indexEntries configs in the library jars, each with its index marker
   */
  public record IndexedModule(BuiltModule module, List<Path> classPath, int indexEntries) {}

  private RigProject synced(String ecosystem, String description, List<ModuleSpec> chain) {
    List<BuiltModule> built = context.builder().buildChain(ecosystem, chain);
    Path root = context.workDir().resolve(ecosystem).resolve("root");
    ProjectBuilder.deleteRecursively(root);
    ModuleSpec top = chain.get(chain.size() - 1);
    writePom(root, top.name());
    int configs = built.stream().mapToInt(BuiltModule::configCount).sum();
    return synced(
        new RigProject(
            description, root, context.builder().classPathFor(built), built.get(built.size() - 1).rigMain(), built,
            configs));
  }

  /** Runs sync once, then check, which must find nothing to do. */
  private RigProject synced(RigProject project) {
    Path java = context.toolchain().java();
    context.runner().time(project.rigMain(java, List.of(), "sync"));
    try {
      context.runner().time(project.rigMain(java, List.of(), "check"));
    } catch (BenchmarkFailure e) {
      throw new BenchmarkFailure("check right after sync did not pass on " + project.description() + ": " + e.getMessage());
    }
    return project;
  }

  /** A copy of an example project's own files, its build output left out. */
  /** Copies a project without its target/ folder. */
  public static void copyProject(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.sorted().toList()) {
        Path relative = from.relativize(source);
        if (relative.startsWith("target")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A service's own pom.xml, as `mvn archetype:generate` would leave it, before rig merges in. */
  private static void writePom(Path root, String artifactId) {
    String pom =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
            + "  <modelVersion>4.0.0</modelVersion>\n"
            + "  <groupId>bench</groupId>\n"
            + "  <artifactId>" + artifactId + "</artifactId>\n"
            + "  <version>1.0</version>\n"
            + "</project>\n";
    try {
      Files.createDirectories(root);
      Files.writeString(root.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
