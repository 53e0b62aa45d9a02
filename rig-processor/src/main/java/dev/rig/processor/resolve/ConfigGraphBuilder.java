package dev.rig.processor.resolve;

import dev.rig.processor.index.ClasspathIndex;
import dev.rig.processor.index.IndexedConfig;
import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Puts the configs of this compilation and those indexed on its classpath into one graph. A
 * config of this compilation wins over an index entry of the same name (a stale one of an
 * incremental build).
 */
public final class ConfigGraphBuilder {

  private final Elements elements;
  private final Reporter reporter;

  public ConfigGraphBuilder(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
  }

  /**
   * @param local the classes of this compilation annotated {@code @RigConfig}
   * @param depth this module's depth
   * @param coordinates this module's coordinates, or empty
   */
  public ConfigGraph build(
      ClasspathIndex index, List<TypeElement> local, int depth, String coordinates) {
    List<ConfigClass> configs = new ArrayList<>();
    for (TypeElement type : local) {
      configs.add(config(type, true, depth, coordinates));
    }
    for (String own : index.ownConfigs()) {
      // Left in the output folder by an earlier build of this module: still its config.
      Optional.ofNullable(elements.getTypeElement(own))
          .ifPresent(type -> configs.add(config(type, false, depth, coordinates)));
    }
    for (IndexedConfig entry : index.configs()) {
      TypeElement type = elements.getTypeElement(entry.config());
      if (type == null) {
        reporter.report(
            Message.STALE_INDEX_ENTRY,
            entry.config(),
            entry.coordinates().isEmpty() ? "a dependency" : entry.coordinates());
        continue;
      }
      configs.add(config(type, false, entry.depth(), entry.coordinates()));
    }
    return new ConfigGraph(configs);
  }

  private static ConfigClass config(
      TypeElement type, boolean local, int depth, String coordinates) {
    List<String> replaces =
        RigConfigAnnotation.find(type).stream()
            .flatMap(mirror -> RigConfigAnnotation.replaces(mirror).stream())
            .flatMap(replacement -> replacement.target().stream())
            .map(target -> target.getQualifiedName().toString())
            .toList();
    return new ConfigClass(
        type.getQualifiedName().toString(), type, local, depth, coordinates, replaces);
  }
}
