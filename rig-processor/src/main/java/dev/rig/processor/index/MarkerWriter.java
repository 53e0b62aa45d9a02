package dev.rig.processor.index;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.rig.annotations.RigModuleEntry;
import dev.rig.processor.generate.ModuleIdentity;
import dev.rig.processor.generate.SourceFiles;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the marker that carries this compilation's part of the index into its output, and so into
 * its jar: one class for the module, listing its configs and what each overrides.
 * {@link ClasspathIndexReader} reads it back in every compilation that has the jar on its
 * classpath.
 */
public final class MarkerWriter {

  private static final ClassName CONFIG = ClassName.get(RigModuleEntry.Config.class);
  private static final ClassName CONTRIBUTION = ClassName.get(RigModuleEntry.Contribution.class);

  private final SourceFiles files;

  public MarkerWriter(SourceFiles files) {
    this.files = files;
  }

  /**
   * The marker of this module: its registry, depth and coordinates, even when it declares no
   * config, and its configs.
   *
   * @param configs this module's configs, sorted by canonical name
   * @param origins the same configs as elements, for build tools that track generated files
   */
  public boolean writeModule(
      ModuleIdentity module, List<ConfigEntry> configs, List<? extends Element> origins) {
    return writeModule(module, configs, List.of(), origins);
  }

  /**
   * The marker of this module, with its contributions too.
   *
   * @param contributions this module's contributions, sorted by canonical name
   */
  public boolean writeModule(
      ModuleIdentity module,
      List<ConfigEntry> configs,
      List<ContributionEntry> contributions,
      List<? extends Element> origins) {
    AnnotationSpec.Builder entry =
        AnnotationSpec.builder(RigModuleEntry.class)
            .addMember("registry", "$S", module.registryName())
            .addMember("depth", "$L", module.depth())
            .addMember("coordinates", "$S", module.coordinates());
    for (ConfigEntry config : configs) {
      entry.addMember("configs", "$L", config(config));
    }
    for (ContributionEntry contribution : contributions) {
      AnnotationSpec.Builder annotation = AnnotationSpec.builder(CONTRIBUTION)
          .addMember("name", "$S", contribution.name())
          .addMember("target", "$S", contribution.target());
      contribution.replaces().forEach(name -> annotation.addMember("replaces", "$S", name));
      entry.addMember("contributions", "$L", annotation.build());
    }
    return write(
        marker(IndexNames.moduleMarker(module.registryName()),
            "Index entry of rig: read by rig-processor in the compilations that depend on this"
                + " one.\n")
            .addAnnotation(entry.build()),
        origins);
  }

  /**
   * A class without any index entry, written in a round in which rig waits for other processors:
   * it only makes javac run one more round, even when no other processor wrote anything.
   */
  public boolean writeRoundPlaceholder(
      ModuleIdentity module, int round, List<? extends Element> origins) {
    return write(
        marker(IndexNames.roundPlaceholder(module.registryName(), round),
            "Written by rig-processor in round " + round + ", where it waited for other annotation"
                + " processors,\nonly so that javac runs another round. Not an index entry.\n"),
        origins);
  }

  private static AnnotationSpec config(ConfigEntry config) {
    AnnotationSpec.Builder annotation =
        AnnotationSpec.builder(CONFIG).addMember("name", "$S", config.config());
    config.parent().ifPresent(parent -> annotation.addMember("parent", "$S", parent));
    for (String replaced : config.replaces()) {
      annotation.addMember("replaces", "$S", replaced);
    }
    return annotation.build();
  }

  private TypeSpec.Builder marker(String simpleName, String javadoc) {
    return files.generatedClass(simpleName)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  private boolean write(TypeSpec.Builder marker, List<? extends Element> origins) {
    origins.forEach(marker::addOriginatingElement);
    return files.write(IndexNames.PACKAGE, marker.build());
  }
}
