package dev.rig.processor;

import dev.rig.processor.ModuleSetup.Mode;
import dev.rig.processor.generate.MainGenerator;
import dev.rig.processor.generate.ModuleIdentity;
import dev.rig.processor.generate.RegistryGenerator;
import dev.rig.processor.generate.SourceFiles;
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
 * The rounds of one compilation. Config classes are collected over the rounds and indexed in the
 * round they appear; the registry is generated in the first round that brings no new config,
 * which is never the last round, so javac still compiles it. Everything is checked and reported
 * before anything is generated.
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
  private boolean registryWritten;

  RigRounds(ProcessingEnvironment env, Reporter reporter, ModuleSetup setup) {
    this.elements = env.getElementUtils();
    this.reporter = reporter;
    this.setup = setup;
    this.shapes = new ConfigShapeValidator(elements, env.getTypeUtils(), reporter);
    this.files = new SourceFiles(env.getFiler(), reporter);
    this.markers = new MarkerWriter(files);
  }

  void round(RoundEnvironment round) {
    if (setup.mode() == Mode.OFF || round.processingOver()) {
      return;
    }
    List<TypeElement> fresh = newConfigs(round);
    collectDeclared(round.getRootElements());
    if (registryWritten) {
      fresh.forEach(late -> reporter.report(late, Message.CONFIG_AFTER_REGISTRY,
          late.getQualifiedName()));
      return;
    }
    for (TypeElement config : fresh) {
      try {
        indexConfig(config);
      } catch (RuntimeException e) {
        reporter.report(config, Message.UNEXPECTED, " on " + config.getQualifiedName(),
            RigProcessor.describe(e));
      }
    }
    if (setup.mode() == Mode.MAIN && fresh.isEmpty()) {
      registryWritten = true;
      resolveAndGenerate();
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

  private void collectDeclared(Set<? extends Element> roots) {
    for (TypeElement type : ElementFilter.typesIn(roots)) {
      collectDeclared(type);
    }
  }

  private void collectDeclared(TypeElement type) {
    declared.add(type.getQualifiedName().toString());
    ElementFilter.typesIn(type.getEnclosedElements()).forEach(this::collectDeclared);
  }

  private void indexConfig(TypeElement config) {
    boolean valid = shapes.validate(config);
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
    } else if (valid) {
      ModuleIdentity module = setup.module();
      markers.writeConfig(
          config, config.getQualifiedName().toString(), module.depth(), module.coordinates());
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
        new ConfigGraphBuilder(elements, reporter)
            .build(setup.index(), local, module.depth(), module.coordinates());

    ReplacesValidator replaces = new ReplacesValidator(graph, reporter);
    graph.all().stream().filter(ConfigClass::local).forEach(replaces::validate);
    MissingConfigCheck missing = new MissingConfigCheck(graph, reporter);
    declared.stream().map(elements::getTypeElement).filter(Objects::nonNull)
        .forEach(missing::check);
    if (reporter.errorCount() > 0) {
      return; // a wrong replaces or an invalid config makes any resolution misleading
    }

    Resolution resolution = LeafResolver.resolve(graph);
    ConflictReporter conflicts = new ConflictReporter(reporter);
    for (Conflict conflict : resolution.conflicts()) {
      conflicts.report(conflict);
    }
    if (reporter.errorCount() == 0) {
      generate(module, resolution, local);
    }
  }

  private void generate(ModuleIdentity module, Resolution resolution, List<TypeElement> local) {
    if (files.write(module.packageName(),
            new RegistryGenerator(elements).generate(module, resolution.leaves(), local))
        && files.write(module.packageName(), MainGenerator.generate(module))) {
      markers.writeModule(module.registryName(), module.depth(), module.coordinates(), local);
      files.writeResource(
          "META-INF/services/dev.rig.runtime.ConfigRegistry",
          List.of(module.registryName()),
          local);
    }
  }
}
