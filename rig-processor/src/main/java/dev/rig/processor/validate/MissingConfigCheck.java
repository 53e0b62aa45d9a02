package dev.rig.processor.validate;

import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import dev.rig.processor.resolve.ConfigGraph;
import dev.rig.processor.resolve.RigConfigAnnotation;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Warns about a concrete subclass of a config or of {@code Contribution} that is not annotated
 * {@code @RigConfig}: rig would silently keep using the config's parent, or never apply the
 * contribution, which is rarely what its author meant.
 */
public final class MissingConfigCheck {

  private final ConfigGraph graph;
  private final ConfigShapeValidator shapes;
  private final Reporter reporter;

  public MissingConfigCheck(ConfigGraph graph, ConfigShapeValidator shapes, Reporter reporter) {
    this.graph = graph;
    this.shapes = shapes;
    this.reporter = reporter;
  }

  /** Checks one class declared in this compilation. */
  public void check(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS
        || type.getModifiers().contains(Modifier.ABSTRACT)
        || RigConfigAnnotation.find(type).isPresent()) {
      return;
    }
    Optional<DeclaredType> contribution = shapes.contributionSupertype(type);
    if (contribution.isPresent()) {
      reporter.report(
          type, Message.MISSING_RIG_CONFIG_ON_CONTRIBUTION, type.getQualifiedName(),
          contribution.get());
      return;
    }
    List<String> parents = graph.configSuperclasses(type);
    if (!parents.isEmpty()) {
      reporter.report(
          type, Message.MISSING_RIG_CONFIG, type.getQualifiedName(), parents.get(0),
          parents.get(0));
    }
  }
}
