package dev.rig.processor.index;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.rig.annotations.RigIndexEntry;
import dev.rig.annotations.RigModuleEntry;
import dev.rig.processor.generate.SourceFiles;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the markers that carry this compilation's part of the index into its output, and so into
 * its jar: one per config class, one for the module. {@link ClasspathIndexReader} reads them back
 * in every compilation that has the jar on its classpath.
 */
public final class MarkerWriter {

  private final SourceFiles files;

  public MarkerWriter(SourceFiles files) {
    this.files = files;
  }

  /** The marker of one config class of this compilation. */
  public boolean writeConfig(Element config, String canonicalName, int depth, String coordinates) {
    AnnotationSpec entry =
        AnnotationSpec.builder(RigIndexEntry.class)
            .addMember("config", "$S", canonicalName)
            .addMember("depth", "$L", depth)
            .addMember("coordinates", "$S", coordinates)
            .build();
    return files.write(
        IndexNames.PACKAGE,
        marker(IndexNames.configMarker(canonicalName), entry).addOriginatingElement(config).build());
  }

  /** The marker of this module, carrying its depth even when it declares no config. */
  public boolean writeModule(
      String registryName, int depth, String coordinates, List<? extends Element> origins) {
    AnnotationSpec entry =
        AnnotationSpec.builder(RigModuleEntry.class)
            .addMember("registry", "$S", registryName)
            .addMember("depth", "$L", depth)
            .addMember("coordinates", "$S", coordinates)
            .build();
    TypeSpec.Builder marker = marker(IndexNames.moduleMarker(registryName), entry);
    origins.forEach(marker::addOriginatingElement);
    return files.write(IndexNames.PACKAGE, marker.build());
  }

  private static TypeSpec.Builder marker(String simpleName, AnnotationSpec entry) {
    return SourceFiles.generatedClass(simpleName)
        .addJavadoc("Index entry of rig: read by rig-processor in the compilations that depend on"
            + " this one.\n")
        .addAnnotation(entry)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }
}
