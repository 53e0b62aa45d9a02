package dev.rig.processor.index;

import dev.rig.annotations.RigModuleEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
 *
 * <p>Each module has one marker that lists its configs with what each overrides, so javac reads
 * one class file per module on the classpath, and none of the config classes. Classes of the
 * package whose names are not module markers are never loaded.
 */
public final class ClasspathIndexReader {

  private static final String MODULE_ENTRY = RigModuleEntry.class.getCanonicalName();

  private final Elements elements;
  private final Function<String, OutputFolders.Place> places;

  /**
   * @param places where the class file of the marker of this simple name is: in this
   *     compilation's own output folder (build tools that compile incrementally put that folder on
   *     the classpath, with the marker of the previous build in it), in the main output folder
   *     beside it (this is the module's test compilation), or elsewhere
   */
  public ClasspathIndexReader(Elements elements, Function<String, OutputFolders.Place> places) {
    this.elements = elements;
    this.places = places;
  }

  /** The index of the classpath, sorted so that everything built from it is deterministic. */
  public ClasspathIndex read() {
    List<IndexedConfig> configs = new ArrayList<>();
    List<IndexedModule> modules = new ArrayList<>();
    List<String> ownConfigs = new ArrayList<>();
    List<String> olderMarkers = new ArrayList<>();
    List<IndexedModule> mainOutput = new ArrayList<>();
    List<IndexedContribution> contributions = new ArrayList<>();
    for (PackageElement pkg : elements.getAllPackageElements(IndexNames.PACKAGE)) {
      for (Element marker : pkg.getEnclosedElements()) {
        String simpleName = marker.getSimpleName().toString();
        if (IndexNames.isOlderMarker(simpleName)) {
          olderMarkers.add(simpleName);
        }
        if (!IndexNames.isModuleMarker(simpleName)) {
          continue;
        }
        Optional<IndexedModule> module = moduleOf(marker);
        if (module.isEmpty()) {
          continue;
        }
        List<IndexedConfig> declared = configsOf(marker, module.get());
        OutputFolders.Place place = places.apply(simpleName);
        if (place == OutputFolders.Place.OWN_OUTPUT) {
          // This module's own marker from its previous build: its configs, not a dependency's.
          declared.forEach(config -> ownConfigs.add(config.config()));
        } else {
          if (place == OutputFolders.Place.MAIN_OUTPUT) {
            mainOutput.add(module.get());
          }
          modules.add(module.get());
          configs.addAll(declared);
          contributions.addAll(contributionsOf(marker, module.get()));
        }
      }
    }
    configs.sort(Comparator.comparing(IndexedConfig::config));
    modules.sort(Comparator.comparing(IndexedModule::registry));
    ownConfigs.sort(Comparator.naturalOrder());
    olderMarkers.sort(Comparator.naturalOrder());
    mainOutput.sort(Comparator.comparing(IndexedModule::registry));
    contributions.sort(Comparator.comparing(IndexedContribution::name));
    return new ClasspathIndex(
        configs, modules, ownConfigs, olderMarkers, mainOutput, contributions);
  }

  private List<IndexedContribution> contributionsOf(Element marker, IndexedModule module) {
    List<IndexedContribution> contributions = new ArrayList<>();
    for (Map<String, Object> values : entries(marker, "contributions")) {
      if (values.get("name") instanceof String name
          && values.get("target") instanceof String target) {
        contributions.add(
            new IndexedContribution(name, target, strings(values.get("replaces")), module));
      }
    }
    return contributions;
  }

  /**
   * The values of each nested annotation in the member {@code member} of a marker's entry. Only
   * the values the marker's class file holds: a member left at its default is absent, and the
   * callers take the default ({@code ""}, none) themselves. Asking javac for the defaults too
   * ({@link Elements#getElementValuesWithDefaults}) looked up every member of the annotation type
   * for each of the thousands of configs on a large classpath.
   */
  private List<Map<String, Object>> entries(Element marker, String member) {
    List<Map<String, Object>> entries = new ArrayList<>();
    Object list = valuesOf(entryOf(marker).orElseThrow()).get(member);
    if (list instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof AnnotationValue value
            && value.getValue() instanceof AnnotationMirror nested) {
          entries.add(explicitValuesOf(nested));
        }
      }
    }
    return entries;
  }

  private static Map<String, Object> explicitValuesOf(AnnotationMirror mirror) {
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(), entry.getValue().getValue());
    }
    return values;
  }

  /**
   * The module a marker stands for; empty for a marker that javac could not fully read, e.g. one
   * written by another rig version.
   */
  private Optional<IndexedModule> moduleOf(Element marker) {
    return entryOf(marker)
        .map(this::valuesOf)
        .filter(values -> values.get("registry") instanceof String
            && values.get("depth") instanceof Integer
            && values.get("coordinates") instanceof String)
        .map(values -> new IndexedModule(
            (String) values.get("registry"),
            (Integer) values.get("depth"),
            (String) values.get("coordinates")));
  }

  private List<IndexedConfig> configsOf(Element marker, IndexedModule module) {
    List<IndexedConfig> configs = new ArrayList<>();
    for (Map<String, Object> values : entries(marker, "configs")) {
      Object parentValue = values.getOrDefault("parent", "");
      if (values.get("name") instanceof String name && parentValue instanceof String parent) {
        configs.add(new IndexedConfig(
            name,
            parent.isEmpty() ? Optional.empty() : Optional.of(parent),
            strings(values.get("replaces")),
            module));
      }
    }
    return configs;
  }

  private static Optional<AnnotationMirror> entryOf(Element marker) {
    for (AnnotationMirror mirror : marker.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(MODULE_ENTRY)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private static List<String> strings(Object list) {
    List<String> strings = new ArrayList<>();
    if (list instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof AnnotationValue value && value.getValue() instanceof String string) {
          strings.add(string);
        }
      }
    }
    return strings;
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
