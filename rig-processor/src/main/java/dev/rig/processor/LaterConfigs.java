package dev.rig.processor;

import dev.rig.processor.generate.SourceFiles;
import dev.rig.processor.resolve.RigConfigAnnotation;
import java.util.Collection;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementScanner14;

/**
 * Decides whether rig can write the registry in this round, or must wait because another
 * annotation processor could still add a config class to the compilation.
 *
 * <p>Writing everything in the first round saves javac a round (every source entered once more).
 * Waiting is needed when a config class could still appear: javac calls a processor (other than
 * one that supports every annotation, as rig does) only for the annotations present in the
 * round's sources, and a processor's output reaches rig in the next round. So rig waits while
 * the round's sources carry an annotation that is neither java.lang's nor rig's nor
 * {@code @Generated}, or while a config of the round refers to a class that does not exist yet
 * (another processor may be about to generate it). A processor that supports every annotation and
 * writes config classes without any annotation to start it is not seen; its configs are reported
 * as {@code [RigLateConfig]}.
 */
final class LaterConfigs {

  private LaterConfigs() {}

  /**
   * Whether another processor could add a config after this round.
   *
   * @param annotations the annotations javac passed to rig for this round
   * @param roots the round's root elements, scanned as well: javac passes rig only the
   *     annotations that no processor before it claimed
   * @param configs the configs that appeared in this round
   */
  static boolean possible(
      Set<? extends TypeElement> annotations,
      Set<? extends Element> roots,
      Collection<TypeElement> configs) {
    for (TypeElement annotation : annotations) {
      if (mayStartAProcessor(annotation)) {
        return true;
      }
    }
    ForeignAnnotationScanner scanner = new ForeignAnnotationScanner();
    for (Element root : roots) {
      scanner.scan(root, null);
      if (scanner.found) {
        return true;
      }
    }
    return configs.stream().anyMatch(config -> !resolved(config));
  }

  /** False for annotations that no processor generates configs from: java.lang's, rig's. */
  static boolean mayStartAProcessor(TypeElement annotation) {
    String name = annotation.getQualifiedName().toString();
    return !(name.startsWith("java.lang.")
        || name.startsWith("dev.rig.annotations.")
        || SourceFiles.GENERATED_ANNOTATIONS.contains(name));
  }

  /** Whether every superclass of the config, and every class it names in replaces, exists. */
  private static boolean resolved(TypeElement config) {
    TypeMirror superclass = config.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      superclass = ((TypeElement) ((DeclaredType) superclass).asElement()).getSuperclass();
    }
    if (superclass.getKind() == TypeKind.ERROR) {
      return false;
    }
    return RigConfigAnnotation.find(config).stream()
        .flatMap(mirror -> RigConfigAnnotation.replaces(mirror).stream())
        .allMatch(replacement -> replacement.target().isPresent());
  }

  /** Looks at the annotations of every element of a source, as javac does to start processors. */
  private static final class ForeignAnnotationScanner extends ElementScanner14<Void, Void> {
    private boolean found;

    @Override
    public Void scan(Element element, Void unused) {
      if (found) {
        return null;
      }
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        if (mayStartAProcessor((TypeElement) mirror.getAnnotationType().asElement())) {
          found = true;
          return null;
        }
      }
      return super.scan(element, unused);
    }

    /** A package-info: its own annotations only, not every class of the package. */
    @Override
    public Void visitPackage(PackageElement element, Void unused) {
      return null;
    }

    /** A module-info: its own annotations only, not every package of the module. */
    @Override
    public Void visitModule(ModuleElement element, Void unused) {
      return null;
    }
  }
}
