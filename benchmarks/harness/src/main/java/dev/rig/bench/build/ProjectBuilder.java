package dev.rig.bench.build;

import dev.rig.bench.Toolchain;
import dev.rig.bench.generate.ModuleSpec;
import dev.rig.bench.measure.BenchmarkFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles a chain of synthetic modules bottom-up with rig-processor, each against the runtime and
 * every module below it, as Maven would build them one after the other.
 */
public final class ProjectBuilder {

  private final Toolchain toolchain;
  private final InProcessCompiler compiler = new InProcessCompiler();
  private final Path workDir;

  public ProjectBuilder(Toolchain toolchain, Path workDir) {
    this.toolchain = toolchain;
    this.workDir = workDir;
  }

  /** Writes and compiles every module of {@code chain} under {@code workDir/ecosystem}. */
  public List<BuiltModule> buildChain(String ecosystem, List<ModuleSpec> chain) {
    List<BuiltModule> built = new ArrayList<>();
    for (ModuleSpec module : chain) {
      built.add(build(ecosystem, module, built, true));
    }
    return built;
  }

  /**
   * Writes one module's sources and, when {@code compile} is set, compiles it with the processor
   * on top of {@code below}.
   */
  public BuiltModule build(String ecosystem, ModuleSpec module, List<BuiltModule> below, boolean compile) {
    Path moduleDir = workDir.resolve(ecosystem).resolve(module.name());
    deleteRecursively(moduleDir);
    List<Path> sources = module.writeSources(moduleDir.resolve("src"));
    Path sourceList = moduleDir.resolve("sources.txt");
    Path classes = moduleDir.resolve("classes");
    Path jar = moduleDir.resolve(module.name() + ".jar");
    try {
      List<String> lines = sources.stream().map(Path::toString).toList();
      Files.write(sourceList, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BuiltModule result = new BuiltModule(module, sources, sourceList, classes, jar, module.configs().size());
    if (compile) {
      List<String> options =
          JavacOptions.of(
              classPathFor(below),
              toolchain.processorPath(),
              classes,
              module.packageName(),
              coordinates(module),
              Runtime.version().feature());
      compiler.compile(sources, options);
      if (!result.hasRigMain()) {
        throw new BenchmarkFailure(
            "rig-processor generated no " + result.rigMain() + " for module " + module.name()
                + " (is the compile-time core, issue 2, merged into this branch?)");
      }
      Jars.pack(classes, jar);
    }
    return result;
  }

  /**
   * Compiles a hand-written module (one of the examples) from its source folder, with the
   * processor choosing the registry's package as it does in the example's own build.
   */
  public BuiltModule buildFromSources(
      String ecosystem, String name, Path sourceRoot, String coordinates, List<BuiltModule> below) {
    Path moduleDir = workDir.resolve(ecosystem).resolve(name);
    deleteRecursively(moduleDir);
    Path classes = moduleDir.resolve("classes");
    Path jar = moduleDir.resolve(name + ".jar");
    Path sourceList = moduleDir.resolve("sources.txt");
    try {
      List<Path> sources;
      try (Stream<Path> walk = Files.walk(sourceRoot)) {
        sources = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
      }
      Files.createDirectories(moduleDir);
      Files.write(sourceList, sources.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
      compiler.compile(
          sources,
          JavacOptions.of(classPathFor(below), toolchain.processorPath(), classes, null, coordinates,
              Runtime.version().feature()));
      Path rigMain;
      try (Stream<Path> walk = Files.walk(classes)) {
        rigMain =
            walk.filter(path -> path.getFileName().toString().equals("RigMain.class"))
                .findFirst()
                .orElseThrow(() -> new BenchmarkFailure("rig-processor generated no RigMain for " + sourceRoot));
      }
      String packageName = classes.relativize(rigMain.getParent()).toString().replace('/', '.');
      int configs = 0;
      for (Path source : sources) {
        if (Files.readString(source, StandardCharsets.UTF_8).contains("@RigConfig")) {
          configs++;
        }
      }
      Jars.pack(classes, jar);
      return new BuiltModule(new ModuleSpec(name, packageName, List.of()), sources, sourceList, classes, jar, configs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** rig-runtime, its dependencies, and the jars of the modules below. */
  public List<Path> classPathFor(List<BuiltModule> below) {
    List<Path> classPath = new ArrayList<>(toolchain.runtimeClassPath());
    below.forEach(module -> classPath.add(module.jar()));
    return classPath;
  }

  public static String coordinates(ModuleSpec module) {
    return "bench:" + module.name() + ":1.0";
  }

  public static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
