package dev.rig.bench.build;

import dev.rig.bench.generate.ModuleSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A synthetic module after compilation.
 *
 * @param spec what was generated
 * @param sources its {@code .java} files
 * @param sourceList a file listing {@code sources}, one per line, for the compile probe
 * @param classes javac's output folder
 * @param jar the output packed as a jar
 * @param configCount how many {@code @RigConfig} classes its sources declare
 */
public record BuiltModule(
    ModuleSpec spec, List<Path> sources, Path sourceList, Path classes, Path jar, int configCount) {

  public BuiltModule {
    sources = List.copyOf(sources);
  }

  /** Whether rig-processor generated the module's {@code RigMain}. */
  public boolean hasRigMain() {
    return Files.isRegularFile(classes.resolve(spec.packageName().replace('.', '/')).resolve("RigMain.class"));
  }

  public String rigMain() {
    return spec.packageName() + ".RigMain";
  }

  /** The same module compiled into another folder. */
  public BuiltModule withClasses(Path otherClasses) {
    return new BuiltModule(spec, sources, sourceList, otherClasses, jar, configCount);
  }
}
