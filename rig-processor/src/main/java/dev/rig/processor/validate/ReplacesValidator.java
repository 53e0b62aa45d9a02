package dev.rig.processor.validate;

import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import dev.rig.processor.resolve.ConfigClass;
import dev.rig.processor.resolve.ConfigGraph;
import dev.rig.processor.resolve.RigConfigAnnotation;
import dev.rig.processor.resolve.RigConfigAnnotation.Replacement;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Checks every {@code replaces} of this compilation's configs against the whole graph: it must
 * name another config that the class does not already extend, and must not make two configs take
 * each other's place. Each error points at the offending class literal.
 */
public final class ReplacesValidator {

  private final ConfigGraph graph;
  private final Reporter reporter;

  public ReplacesValidator(ConfigGraph graph, Reporter reporter) {
    this.graph = graph;
    this.reporter = reporter;
  }

  /** Reports every wrong {@code replaces} of {@code config}. */
  public void validate(ConfigClass config) {
    TypeElement type = config.element().orElseThrow(); // a config of this compilation
    AnnotationMirror mirror = RigConfigAnnotation.find(type).orElseThrow();
    for (Replacement replacement : RigConfigAnnotation.replaces(mirror)) {
      if (replacement.target().isEmpty()) {
        continue; // javac reports a class literal that does not resolve
      }
      TypeElement target = replacement.target().get();
      String targetName = target.getQualifiedName().toString();
      if (targetName.equals(config.name())) {
        reporter.report(
            type, mirror, replacement.value(), Message.REPLACES_ITSELF,
            config.name(), type.getSimpleName());
      } else if (!graph.isConfig(targetName) && RigConfigAnnotation.find(target).isPresent()) {
        reporter.report(
            type, mirror, replacement.value(), Message.REPLACES_NOT_INDEXED,
            config.name(), targetName, targetName);
      } else if (!graph.isConfig(targetName)) {
        reporter.report(
            type, mirror, replacement.value(), Message.REPLACES_NOT_A_CONFIG,
            config.name(), targetName, targetName, target.getSimpleName());
      } else if (ConfigGraph.superclasses(type).contains(targetName)) {
        reporter.report(
            type, mirror, replacement.value(), Message.REPLACES_ANCESTOR,
            config.name(), targetName, target.getSimpleName());
      } else if (graph.overrides(targetName).contains(config.name())) {
        reporter.report(
            type, mirror, replacement.value(), Message.REPLACES_CYCLE,
            config.name(), targetName, targetName, config.name(), target.getSimpleName());
      }
    }
  }
}
