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

  /**
   * A synced service on rig's full default set: a base library and a service on it, each with
   * configs of its own and overrides of the one below, as the seed's service-base and
   * auth-service.
   */
  public RigProject service() {
    if (service == null) {
      List<ModuleSpec> chain = new ArrayList<>();
      ModuleSpec base = context.generator().module("base", "bench.base", 12, List.of(), 0);
      chain.add(base);
      chain.add(context.generator().module("svc", "bench.svc", 12, base.leaves(), 4));
      service = synced("service", "synthetic service-base → service, 24 configs", chain);
    }
    return service;
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
    List<Path> classPath = context.builder().classPathFor(built);
    int configs = chain.stream().mapToInt(module -> module.configs().size()).sum();
    RigProject project =
        new RigProject(description, root, classPath, built.get(built.size() - 1).rigMain(), built, configs);
    Path java = context.toolchain().java();
    context.runner().time(project.rigMain(java, List.of(), "sync"));
    try {
      context.runner().time(project.rigMain(java, List.of(), "check"));
    } catch (BenchmarkFailure e) {
      throw new BenchmarkFailure("check right after sync did not pass on " + description + ": " + e.getMessage());
    }
    return project;
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
