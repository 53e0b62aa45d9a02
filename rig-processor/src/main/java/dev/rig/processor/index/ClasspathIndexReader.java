package dev.rig.processor.index;

import dev.rig.annotations.RigIndexEntry;
import dev.rig.annotations.RigModuleEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads the markers of every dependency through {@link Elements}: listing the marker package
 * spans every jar and class folder on the compile classpath. The processor's own ClassLoader is
 * never used: with {@code annotationProcessorPaths} (required from JDK 23 on) it does not see the
 * compile classpath at all.
 */
public final class ClasspathIndexReader {

  private static final String CONFIG_ENTRY = RigIndexEntry.class.getCanonicalName();
  private static final String MODULE_ENTRY = RigModuleEntry.class.getCanonicalName();

  private final Elements elements;
  private final Predicate<String> inOwnOutput;

  /**
   * @param inOwnOutput whether the marker of this simple name is a class file in this
   *     compilation's own output folder: build tools that compile incrementally put that folder
   *     on the classpath, with the markers of the previous build in it
   */
  public ClasspathIndexReader(Elements elements, Predicate<String> inOwnOutput) {
    this.elements = elements;
    this.inOwnOutput = inOwnOutput;
  }

  /** The index of the classpath, sorted so that everything built from it is deterministic. */
  public ClasspathIndex read() {
    List<IndexedConfig> configs = new ArrayList<>();
    List<IndexedModule> modules = new ArrayList<>();
    List<String> ownConfigs = new ArrayList<>();
    for (PackageElement pkg : elements.getAllPackageElements(IndexNames.PACKAGE)) {
      for (Element marker : pkg.getEnclosedElements()) {
        boolean own = inOwnOutput.test(marker.getSimpleName().toString());
        for (AnnotationMirror mirror : marker.getAnnotationMirrors()) {
          String type = ((TypeElement) mirror.getAnnotationType().asElement())
              .getQualifiedName()
              .toString();
          Map<String, Object> values = valuesOf(mirror);
          if (type.equals(CONFIG_ENTRY) && wellFormed(values, "config")) {
            if (own) {
              ownConfigs.add((String) values.get("config"));
            } else {
              configs.add(
                  new IndexedConfig(
                      (String) values.get("config"),
                      (Integer) values.get("depth"),
                      (String) values.get("coordinates")));
            }
          } else if (type.equals(MODULE_ENTRY) && !own && wellFormed(values, "registry")) {
            modules.add(
                new IndexedModule(
                    (String) values.get("registry"),
                    (Integer) values.get("depth"),
                    (String) values.get("coordinates")));
          }
        }
      }
    }
    configs.sort(Comparator.comparing(IndexedConfig::config));
    modules.sort(Comparator.comparing(IndexedModule::registry));
    ownConfigs.sort(Comparator.naturalOrder());
    return new ClasspathIndex(configs, modules, ownConfigs);
  }

  /** False for a marker that javac could not fully read, e.g. written by another rig version. */
  private static boolean wellFormed(Map<String, Object> values, String name) {
    return values.get(name) instanceof String
        && values.get("depth") instanceof Integer
        && values.get("coordinates") instanceof String;
  }

  private Map<String, Object> valuesOf(AnnotationMirror mirror) {
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(), entry.getValue().getValue());
    }
    return values;
  }
}
