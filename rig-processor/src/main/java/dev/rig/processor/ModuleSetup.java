package dev.rig.processor;

import dev.rig.processor.generate.ModuleIdentity;
import dev.rig.processor.index.ClasspathIndex;
import dev.rig.processor.index.ClasspathIndexReader;
import dev.rig.processor.index.IndexNames;
import dev.rig.processor.index.IndexedModule;
import dev.rig.processor.index.OutputFolders;
import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What the first round decides for the whole compilation: which module this is, its depth, and
 * whether it generates a registry (a main compilation) or must not (the test compilation of a
 * module whose main output is on the classpath).
 *
 * @param mode what the compilation does
 * @param module package, coordinates and depth of this module
 * @param index the classpath index, read before this compilation wrote any marker
 */
record ModuleSetup(Mode mode, ModuleIdentity module, ClasspathIndex index) {

  enum Mode {
    /** Index the configs, resolve the leaves, generate the registry and the main class. */
    MAIN,
    /** The module's own test sources: check the configs, register nothing, generate nothing. */
    TEST,
    /** Nothing to do, or a problem that is already reported. */
    OFF
  }

  private static final String CONFIG_REGISTRY = "dev.rig.runtime.internal.ConfigRegistry";
  private static final String RIG_CONFIG = "dev.rig.annotations.RigConfig";

  /**
   * The deepest depth whose nightly health check has a slot of its own: rig-runtime's
   * HealthCheckWorkflowConfigFile.LAST_DEPTH (half-hour slots in a day, 0..47).
   */
  static final int LAST_NIGHTLY_DEPTH = 47;

  static ModuleSetup off() {
    return new ModuleSetup(Mode.OFF, new ModuleIdentity("", "", 0),
        new ClasspathIndex(List.of(), List.of(), List.of()));
  }

  static ModuleSetup decide(
      ProcessingEnvironment env, Set<? extends Element> rootElements, Reporter reporter) {
    if (ElementFilter.typesIn(rootElements).isEmpty()) {
      // No class in the sources: none, or only package-info/module-info, as in a build's extra
      // compile step (compile-package-info) into the output of the main one. Nothing of rig's.
      return off();
    }
    Optional<RigOptions> parsed = RigOptions.parse(env.getOptions(), reporter);
    if (parsed.isEmpty()) {
      return off();
    }
    RigOptions options = parsed.get();
    Elements elements = env.getElementUtils();
    if (elements.getTypeElement(RIG_CONFIG) == null) {
      // No rig on this classpath at all: the main compilation of a service, whose rig-runtime is a
      // test dependency. Its test compilation generates the registry.
      return off();
    }
    ClasspathIndex index =
        new ClasspathIndexReader(elements, OutputFolders.of(env.getFiler())::placeOf).read();
    if (!index.olderMarkers().isEmpty()) {
      reporter.report(Message.OLDER_INDEX, index.olderMarkers().size(), IndexNames.PACKAGE,
          index.olderMarkers().get(0));
    }
    String packageName =
        options.packageName().orElseGet(() -> commonPackage(elements, rootElements));

    Optional<IndexedModule> tested = index.sameModule(options.coordinates(), packageName);
    if (tested.isPresent()) {
      return new ModuleSetup(
          Mode.TEST,
          new ModuleIdentity(
              tested.get().registryPackage(),
              options.coordinates().isEmpty() ? tested.get().coordinates() : options.coordinates(),
              tested.get().depth()),
          index);
    }
    if (packageName.isEmpty()) {
      reporter.report(Message.NO_PACKAGE);
      return off();
    }
    if (options.packageName().isEmpty() && !packageName.contains(".")) {
      // Sources in org.a.x and org.b.y share only "org": a registry there would be every such
      // module's org.RigRegistry. No registry at all, said here, beats one in a package nobody owns.
      reporter.report(Message.TOO_SHORT_PACKAGE, packageName, packageName);
      return off();
    }
    if (elements.getTypeElement(CONFIG_REGISTRY) == null) {
      // Probed by the class every generated registry implements; the user is told the dependency.
      reporter.report(Message.RUNTIME_MISSING);
      return off();
    }
    ModuleIdentity module =
        new ModuleIdentity(packageName, options.coordinates(), index.nextDepth());
    Optional<IndexedModule> clash = index.registryNamed(module.registryName());
    if (clash.isPresent()) {
      reporter.report(
          Message.REGISTRY_CLASH,
          module.registryName(),
          clash.get().coordinates().isEmpty() ? "another module" : clash.get().coordinates());
      return off();
    }
    if (module.depth() > LAST_NIGHTLY_DEPTH) {
      reporter.report(Message.DEPTH_PAST_NIGHTLY_SLOTS, module.depth());
    }
    return new ModuleSetup(Mode.MAIN, module, index);
  }

  /** The longest package that contains every source of the compilation, or empty. */
  static String commonPackage(Elements elements, Set<? extends Element> rootElements) {
    String[] common = null;
    int length = 0;
    for (Element root : rootElements) {
      if (!(root instanceof TypeElement || root instanceof PackageElement)) {
        continue;
      }
      String[] parts = elements.getPackageOf(root).getQualifiedName().toString().split("\\.");
      if (common == null) {
        common = parts;
        length = parts.length;
        continue;
      }
      int same = 0;
      while (same < length && same < parts.length && parts[same].equals(common[same])) {
        same++;
      }
      length = same;
    }
    return common == null ? "" : String.join(".", List.of(common).subList(0, length));
  }
}
