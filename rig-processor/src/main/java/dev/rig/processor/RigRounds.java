package dev.rig.processor;

import dev.rig.processor.ModuleSetup.Mode;
import dev.rig.processor.generate.MainGenerator;
import dev.rig.processor.generate.ModuleIdentity;
import dev.rig.processor.generate.RegistryGenerator;
import dev.rig.processor.generate.SourceFiles;
import dev.rig.processor.index.ConfigEntry;
import dev.rig.processor.index.MarkerWriter;
import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import dev.rig.processor.resolve.ConfigClass;
import dev.rig.processor.resolve.ConfigGraph;
import dev.rig.processor.resolve.ConfigGraphBuilder;
import dev.rig.processor.resolve.Conflict;
import dev.rig.processor.resolve.LeafResolver;
import dev.rig.processor.resolve.Resolution;
import dev.rig.processor.resolve.RigConfigAnnotation;
import dev.rig.processor.validate.ConfigShapeValidator;
import dev.rig.processor.validate.ConflictReporter;
import dev.rig.processor.validate.MissingConfigCheck;
import dev.rig.processor.validate.ReplacesValidator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The rounds of one compilation. Config classes are collected and checked in the round they
 * appear. Everything (registry, main class, index marker, service entry) is generated at once, in
 * the first round, unless another processor could still add a config ({@link LaterConfigs}). Then
 * rig waits, writing a placeholder class in each round it waits in so that javac runs one more,
 * and generates everything in the first round that brings no new config. That is never the last
 * round, so javac still compiles what rig wrote. Everything is checked and reported before
 * anything is generated.
 *
 * <p>Elements are remembered by name and looked up again when needed: javac does not promise that
 * an element of one round is valid in the next.
 */
final class RigRounds {

  private final Elements elements;
  private final Reporter reporter;
  private final ModuleSetup setup;
  private final ConfigShapeValidator shapes;
  private final SourceFiles files;
  private final MarkerWriter markers;

  /** Canonical names of this compilation's {@code @RigConfig} classes. */
  private final Set<String> configs = new LinkedHashSet<>();
  /** Canonical names of every class this compilation declares, for the missing-config check. */
  private final Set<String> declared = new LinkedHashSet<>();
  private int roundNumber;
  private boolean resolved;
  /** After resolution: warns about config subclasses that later rounds bring. */
  private MissingConfigCheck lateMissing;

  RigRounds(ProcessingEnvironment env, Reporter reporter, ModuleSetup setup) {
    this.elements = env.getElementUtils();
    this.reporter = reporter;
    this.setup = setup;
    this.shapes = new ConfigShapeValidator(elements, env.getTypeUtils(), reporter);
    this.files = new SourceFiles(env, reporter);
    this.markers = new MarkerWriter(files);
  }

  void round(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (setup.mode() == Mode.OFF || round.processingOver()) {
      return;
    }
    roundNumber++;
    List<TypeElement> fresh = newConfigs(round);
    List<TypeElement> freshDeclared = collectDeclared(round.getRootElements());
    if (resolved) {
      fresh.forEach(late -> reporter.report(late, Message.CONFIG_AFTER_REGISTRY,
          late.getQualifiedName()));
      if (lateMissing != null) {
        freshDeclared.forEach(lateMissing::check);
      }
      return;
    }
    for (TypeElement config : fresh) {
      try {
        check(config);
      } catch (RuntimeException e) {
        reporter.report(config, Message.UNEXPECTED, " on " + config.getQualifiedName(),
            RigProcessor.describe(e));
      }
    }
    if (setup.mode() != Mode.MAIN) {
      return;
    }
    if (reporter.errorCount() > 0
        || (fresh.isEmpty() && roundNumber > 1)
        || !LaterConfigs.possible(annotations, round.getRootElements(), fresh)) {
      resolved = true;
      resolveAndGenerate();
    } else {
      markers.writeRoundPlaceholder(setup.module(), roundNumber, fresh);
    }
  }

  private List<TypeElement> newConfigs(RoundEnvironment round) {
    TypeElement annotation = elements.getTypeElement(RigConfigAnnotation.NAME);
    if (annotation == null) {
      return List.of();
    }
    List<TypeElement> fresh = new ArrayList<>();
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
      if (configs.add(type.getQualifiedName().toString())) {
        fresh.add(type);
      }
    }
    return fresh;
  }

  /** Remembers the classes of this round; returns them. */
  private List<TypeElement> collectDeclared(Set<? extends Element> roots) {
    List<TypeElement> fresh = new ArrayList<>();
    for (TypeElement type : ElementFilter.typesIn(roots)) {
      collectDeclared(type, fresh);
    }
    return fresh;
  }

  private void collectDeclared(TypeElement type, List<TypeElement> fresh) {
    if (declared.add(type.getQualifiedName().toString())) {
      fresh.add(type);
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      collectDeclared(nested, fresh);
    }
  }

  /** Reports what is wrong with a config of this compilation. */
  private void check(TypeElement config) {
    shapes.validate(config);
    if (setup.mode() == Mode.TEST) {
      reporter.report(
          config,
          RigConfigAnnotation.find(config).orElseThrow(),
          null,
          Message.CONFIG_IN_TEST_SOURCES,
          config.getQualifiedName(),
          setup.module().coordinates().isEmpty()
              ? setup.module().packageName()
              : setup.module().coordinates(),
          config.getSimpleName());
    }
  }

  /** Checks the whole graph, then generates the module's code only if nothing was wrong. */
  private void resolveAndGenerate() {
    ModuleIdentity module = setup.module();
    List<TypeElement> local =
        configs.stream()
            .map(elements::getTypeElement)
            .filter(Objects::nonNull)
            .filter(ConfigShapeValidator::isClass)
            .toList();
    ConfigGraph graph =
        new ConfigGraphBuilder(elements, reporter).build(setup.index(), local, module);

    ReplacesValidator replaces = new ReplacesValidator(graph, reporter);
    graph.all().stream().filter(ConfigClass::local).forEach(replaces::validate);
    MissingConfigCheck missing = new MissingConfigCheck(graph, reporter);
    declared.stream().map(elements::getTypeElement).filter(Objects::nonNull)
        .forEach(missing::check);
    lateMissing = missing;
    if (reporter.errorCount() > 0) {
      return; // a wrong replaces or an invalid config makes any resolution misleading
    }

    Resolution resolution = LeafResolver.resolve(graph);
    ConflictReporter conflicts = new ConflictReporter(reporter);
    for (Conflict conflict : resolution.conflicts()) {
      conflicts.report(conflict);
    }
    if (reporter.errorCount() == 0) {
      generate(module, graph, resolution, local);
    }
  }

  private void generate(
      ModuleIdentity module, ConfigGraph graph, Resolution resolution, List<TypeElement> local) {
    // This module's configs: this compilation's, and those an earlier build left in its output.
    List<ConfigClass> own =
        graph.all().stream().filter(config -> config.element().isPresent()).toList();
    List<ConfigEntry> entries =
        own.stream()
            .map(config -> new ConfigEntry(
                config.name(),
                graph.configSuperclasses(config.name()).stream().findFirst(),
                config.replaces()))
            .toList();
    if (files.write(module.packageName(),
            new RegistryGenerator(elements, files).generate(module, resolution.leaves(), own, local))
        && files.write(module.packageName(), MainGenerator.generate(module, files))
        && markers.writeModule(module, entries, local)) {
      files.writeResource(
          "META-INF/services/dev.rig.runtime.ConfigRegistry",
          List.of(module.registryName()),
          local);
    }
  }
}
