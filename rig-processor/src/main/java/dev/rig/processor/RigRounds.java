package dev.rig.processor;

import dev.rig.processor.ModuleSetup.Mode;
import dev.rig.processor.generate.MainGenerator;
import dev.rig.processor.generate.ModuleIdentity;
import dev.rig.processor.generate.RegistryGenerator;
import dev.rig.processor.generate.SourceFiles;
import dev.rig.processor.index.ConfigEntry;
import dev.rig.processor.index.ContributionEntry;
import dev.rig.processor.index.IndexedContribution;
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
import java.util.Optional;
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
    List<TypeElement> annotated =
        configs.stream()
            .map(elements::getTypeElement)
            .filter(Objects::nonNull)
            .filter(ConfigShapeValidator::isClass)
            .toList();
    List<TypeElement> local = annotated.stream().filter(type -> !shapes.isContribution(type))
        .toList();
    List<TypeElement> contributing = annotated.stream().filter(shapes::isContribution)
        .sorted(java.util.Comparator.comparing(type -> type.getQualifiedName().toString()))
        .toList();
    ConfigGraph graph =
        new ConfigGraphBuilder(elements, reporter).build(setup.index(), local, module);

    ReplacesValidator replaces = new ReplacesValidator(graph, reporter);
    graph.all().stream().filter(ConfigClass::local).forEach(replaces::validate);
    MissingConfigCheck missing = new MissingConfigCheck(graph, shapes, reporter);
    declared.stream().map(elements::getTypeElement).filter(Objects::nonNull)
        .forEach(missing::check);
    lateMissing = missing;
    List<ContributionEntry> contributions = contributions(module, graph, contributing);
    if (reporter.errorCount() > 0) {
      return; // a wrong replaces or an invalid config makes any resolution misleading
    }

    Resolution resolution = LeafResolver.resolve(graph);
    ConflictReporter conflicts = new ConflictReporter(reporter);
    for (Conflict conflict : resolution.conflicts()) {
      conflicts.report(conflict);
    }
    if (reporter.errorCount() == 0) {
      generate(module, graph, resolution, annotated, contributions, contributing);
    }
  }

  /**
   * Every contribution, this compilation's and its dependencies', sorted by name; reports each of
   * this compilation's that adds to a class that is not a config of the chain, or replaces
   * something that is not a contribution.
   */
  private List<ContributionEntry> contributions(
      ModuleIdentity module, ConfigGraph graph, List<TypeElement> contributing) {
    Set<String> configNames = new LinkedHashSet<>();
    graph.all().forEach(config -> configNames.add(config.name()));
    Set<String> contributionNames = new LinkedHashSet<>();
    contributing.forEach(type -> contributionNames.add(type.getQualifiedName().toString()));
    setup.index().contributions().forEach(entry -> contributionNames.add(entry.name()));
    List<ContributionEntry> all = new ArrayList<>();
    for (TypeElement type : contributing) {
      Optional<TypeElement> target = shapes.contributionTarget(type);
      if (target.isEmpty()) {
        continue; // reported with the class's shape
      }
      String targetName = target.get().getQualifiedName().toString();
      if (!configNames.contains(targetName)) {
        reporter.report(type, Message.CONTRIBUTION_TO_NON_CONFIG, type.getQualifiedName(),
            targetName, targetName);
        continue;
      }
      List<String> replaces = new ArrayList<>();
      for (RigConfigAnnotation.Replacement replaced :
          RigConfigAnnotation.replaces(RigConfigAnnotation.find(type).orElseThrow())) {
        if (replaced.target().isEmpty()) {
          continue; // javac reports a class literal it cannot resolve
        }
        String name = replaced.target().get().getQualifiedName().toString();
        replaces.add(name);
        if (!contributionNames.contains(name)) {
          reporter.report(type, Message.CONTRIBUTION_REPLACES_NON_CONTRIBUTION,
              type.getQualifiedName(), name);
        }
      }
      all.add(new ContributionEntry(type.getQualifiedName().toString(), targetName, replaces,
          module.depth(), module.coordinates(), module.registryName()));
    }
    for (IndexedContribution indexed : setup.index().contributions()) {
      all.add(new ContributionEntry(indexed.name(), indexed.target(), indexed.replaces(),
          indexed.module().depth(), indexed.module().coordinates(), indexed.module().registry()));
    }
    all.sort(java.util.Comparator.comparing(ContributionEntry::name));
    return all;
  }

  private void generate(
      ModuleIdentity module,
      ConfigGraph graph,
      Resolution resolution,
      List<TypeElement> local,
      List<ContributionEntry> contributions,
      List<TypeElement> contributing) {
    java.util.Map<String, TypeElement> ownContributions = new java.util.TreeMap<>();
    contributing.forEach(type -> ownContributions.put(type.getQualifiedName().toString(), type));
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
    if (files.write(new RegistryGenerator(elements, files)
            .generate(module, resolution.leaves(), own, contributions, ownContributions, local))
        && files.write(MainGenerator.generate(module, files, List.of()))
        && markers.writeModule(module, entries,
            contributions.stream().filter(entry -> ownContributions.containsKey(entry.name()))
                .toList(),
            local)) {
      files.writeResource(
          "META-INF/services/dev.rig.runtime.internal.ConfigRegistry",
          List.of(module.registryName()),
          local);
    }
  }
}
