package dev.rig.processor.resolve;

import dev.rig.processor.generate.ModuleIdentity;
import dev.rig.processor.index.ClasspathIndex;
import dev.rig.processor.index.IndexedConfig;
import dev.rig.processor.index.IndexedModule;
import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Puts the configs of this compilation and those indexed on its classpath into one graph. A
 * config of this compilation wins over an index entry of the same name (a stale one of an
 * incremental build).
 *
 * <p>A dependency's configs come from its index entry alone: rig loads none of their classes,
 * only each dependency's registry, once, to make sure it is there to create them.
 */
public final class ConfigGraphBuilder {

  private final Elements elements;
  private final Reporter reporter;

  public ConfigGraphBuilder(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
  }

  /** @param local the classes of this compilation annotated {@code @RigConfig} */
  public ConfigGraph build(ClasspathIndex index, List<TypeElement> local, ModuleIdentity module) {
    List<ConfigClass> configs = new ArrayList<>();
    for (TypeElement type : local) {
      configs.add(ofElement(type, true, module));
    }
    for (String own : index.ownConfigs()) {
      // Left in the output folder by an earlier build of this module: still its config.
      Optional.ofNullable(elements.getTypeElement(own))
          .ifPresent(type -> configs.add(ofElement(type, false, module)));
    }
    Map<String, Boolean> registryPresent = new HashMap<>();
    for (IndexedConfig entry : index.configs()) {
      IndexedModule declaring = entry.module();
      boolean present =
          registryPresent.computeIfAbsent(declaring.registry(), name -> registryPresent(declaring));
      if (present) {
        configs.add(new ConfigClass(
            entry.config(),
            Optional.empty(),
            false,
            declaring.depth(),
            declaring.coordinates(),
            declaring.registry(),
            entry.parent().stream().toList(),
            entry.replaces()));
      }
    }
    return new ConfigGraph(configs);
  }

  /** Whether the registry that creates a dependency's configs is there; warns when it is not. */
  private boolean registryPresent(IndexedModule module) {
    if (elements.getTypeElement(module.registry()) != null) {
      return true;
    }
    reporter.report(
        Message.STALE_INDEX_ENTRY,
        module.registry(),
        module.coordinates().isEmpty() ? "a dependency" : module.coordinates());
    return false;
  }

  private static ConfigClass ofElement(TypeElement type, boolean local, ModuleIdentity module) {
    List<String> replaces =
        RigConfigAnnotation.find(type).stream()
            .flatMap(mirror -> RigConfigAnnotation.replaces(mirror).stream())
            .flatMap(replacement -> replacement.target().stream())
            .map(target -> target.getQualifiedName().toString())
            .toList();
    return new ConfigClass(
        type.getQualifiedName().toString(),
        Optional.of(type),
        local,
        module.depth(),
        module.coordinates(),
        module.registryName(),
        ConfigGraph.superclasses(type),
        replaces);
  }
}
