package dev.rig.processor.resolve;

import dev.rig.annotations.RigConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code @RigConfig} through its mirror, the same way for a class of this compilation and
 * for one in a dependency's jar: the annotation has CLASS retention, which class files keep.
 */
public final class RigConfigAnnotation {

  /** Canonical name of {@code @RigConfig}. */
  public static final String NAME = RigConfig.class.getCanonicalName();

  /**
   * One class named in {@code replaces}.
   *
   * @param target the named class; empty when javac could not resolve it (it reports that itself)
   * @param value the annotation value, for diagnostics that point at it
   */
  public record Replacement(Optional<TypeElement> target, AnnotationValue value) {}

  private RigConfigAnnotation() {}

  /** The {@code @RigConfig} mirror on {@code type}, if it is annotated. */
  public static Optional<AnnotationMirror> find(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotation.getQualifiedName().contentEquals(NAME)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The classes named in {@code replaces}, in the order they are written. */
  public static List<Replacement> replaces(AnnotationMirror mirror) {
    List<Replacement> replacements = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (!entry.getKey().getSimpleName().contentEquals("replaces")) {
        continue;
      }
      Object value = entry.getValue().getValue();
      if (value instanceof List<?> list) {
        for (Object item : list) {
          AnnotationValue itemValue = (AnnotationValue) item;
          replacements.add(new Replacement(typeOf(itemValue.getValue()), itemValue));
        }
      }
    }
    return replacements;
  }

  private static Optional<TypeElement> typeOf(Object classLiteral) {
    if (classLiteral instanceof TypeMirror type
        && type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement element) {
      return Optional.of(element);
    }
    return Optional.empty();
  }
}
