package dev.rig.processor.validate;

import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import dev.rig.processor.resolve.ConfigGraph;
import dev.rig.processor.resolve.RigConfigAnnotation;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Warns about a concrete subclass of a config that is not annotated {@code @RigConfig}: rig would
 * silently keep using its parent, which is rarely what its author meant.
 */
public final class MissingConfigCheck {

  private final ConfigGraph graph;
  private final Reporter reporter;

  public MissingConfigCheck(ConfigGraph graph, Reporter reporter) {
    this.graph = graph;
    this.reporter = reporter;
  }

  /** Checks one class declared in this compilation. */
  public void check(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS
        || type.getModifiers().contains(Modifier.ABSTRACT)
        || RigConfigAnnotation.find(type).isPresent()) {
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
