package dev.rig.processor.validate;

import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that a class annotated {@code @RigConfig} is one the generated registry can create with
 * {@code new}: a concrete, public, top-level or static nested subclass of {@code ConfigFile} with
 * a public constructor without parameters. Reports every problem it finds on the element at fault.
 */
public final class ConfigShapeValidator {

  /** Canonical name of the base class of every config. */
  public static final String CONFIG_FILE = "dev.rig.runtime.ConfigFile";

  /** Canonical name of the base class of every contribution. */
  public static final String CONTRIBUTION = "dev.rig.runtime.Contribution";

  private final Elements elements;
  private final Types types;
  private final Reporter reporter;
  private final Optional<TypeElement> configFile;

  public ConfigShapeValidator(Elements elements, Types types, Reporter reporter) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
    this.configFile = Optional.ofNullable(elements.getTypeElement(CONFIG_FILE));
  }

  /** Whether {@code type} is a class at all: anything else cannot even be in the graph. */
  public static boolean isClass(TypeElement type) {
    return type.getKind() == ElementKind.CLASS;
  }

  /** Reports what is wrong with {@code type}; returns whether it is a valid config. */
  public boolean validate(TypeElement type) {
    if (!isClass(type)) {
      reporter.report(
          type,
          Message.NOT_A_CLASS,
          kindOf(type),
          type.getQualifiedName(),
          type.getSimpleName());
      return false;
    }
    int before = reporter.errorCount();
    boolean isAbstract = type.getModifiers().contains(Modifier.ABSTRACT);
    if (isAbstract) {
      reporter.report(type, Message.ABSTRACT_CLASS, type.getQualifiedName());
    }
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      reporter.report(type, Message.NOT_PUBLIC, type.getQualifiedName());
    }
    checkNesting(type);
    if (isContribution(type)) {
      if (contributionTarget(type).isEmpty()) {
        reporter.report(type, Message.CONTRIBUTION_WITHOUT_TARGET, type.getQualifiedName(),
            type.getSimpleName());
      }
    } else if (!extendsConfigFile(type)) {
      reporter.report(type, Message.NOT_A_CONFIG_FILE, type.getQualifiedName());
    }
    if (!isAbstract) {
      checkConstructor(type);
    }
    return reporter.errorCount() == before;
  }

  /** Whether {@code type} extends {@code dev.rig.runtime.Contribution}. */
  public boolean isContribution(TypeElement type) {
    return contributionType(type.asType()).isPresent();
  }

  /**
   * The {@code Contribution<C>} that {@code type} extends, as {@code type} binds it through its
   * superclasses; empty when {@code type} is no contribution.
   */
  public Optional<DeclaredType> contributionSupertype(TypeElement type) {
    return contributionType(type.asType());
  }

  /**
   * The config a contribution adds to: the type argument of {@code Contribution<C>} as {@code
   * type} binds it through its superclasses; empty when raw or left a type variable.
   */
  public Optional<TypeElement> contributionTarget(TypeElement type) {
    return contributionType(type.asType())
        .map(DeclaredType::getTypeArguments)
        .filter(arguments -> arguments.size() == 1
            && arguments.get(0).getKind() == TypeKind.DECLARED)
        .map(arguments -> (TypeElement) types.asElement(arguments.get(0)));
  }

  private Optional<DeclaredType> contributionType(TypeMirror type) {
    for (TypeMirror current = type; current.getKind() == TypeKind.DECLARED; ) {
      TypeElement element = (TypeElement) types.asElement(current);
      if (element.getQualifiedName().contentEquals(CONTRIBUTION)) {
        return Optional.of((DeclaredType) current);
      }
      List<? extends TypeMirror> supertypes = types.directSupertypes(current);
      if (supertypes.isEmpty() || !element.getKind().isClass()) {
        return Optional.empty();
      }
      current = supertypes.get(0); // a class's superclass comes first
    }
    return Optional.empty();
  }

  private void checkNesting(TypeElement type) {
    if (type.getNestingKind() != NestingKind.MEMBER) {
      return;
    }
    TypeElement outer = (TypeElement) type.getEnclosingElement();
    if (!type.getModifiers().contains(Modifier.STATIC) && outer.getKind().isClass()) {
      reporter.report(
          type, Message.INNER_CLASS, type.getQualifiedName(), outer.getQualifiedName(),
          type.getSimpleName());
    }
    for (Element enclosing = outer;
        enclosing instanceof TypeElement enclosingType;
        enclosing = enclosing.getEnclosingElement()) {
      if (!enclosingType.getModifiers().contains(Modifier.PUBLIC)) {
        reporter.report(
            type,
            Message.ENCLOSING_NOT_PUBLIC,
            type.getQualifiedName(),
            enclosingType.getQualifiedName(),
            enclosingType.getSimpleName());
        return;
      }
    }
  }

  /**
   * Whether {@code type} extends ConfigFile. True as well when rig-runtime is missing (that is
   * reported once for the compilation) or when a superclass does not resolve yet (javac reports
   * it, or another processor generates it): one error per cause.
   */
  private boolean extendsConfigFile(TypeElement type) {
    if (configFile.isEmpty()) {
      return true;
    }
    TypeMirror superclass = type.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
      if (element.equals(configFile.get())) {
        return true;
      }
      superclass = element.getSuperclass();
    }
    return superclass.getKind() == TypeKind.ERROR;
  }

  private void checkConstructor(TypeElement type) {
    List<ExecutableElement> noArg =
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .filter(constructor -> constructor.getParameters().isEmpty())
            .toList();
    if (!noArg.isEmpty() && elements.getOrigin(noArg.get(0)) == Elements.Origin.MANDATED
        && !type.getModifiers().contains(Modifier.PUBLIC)) {
      return; // the implicit constructor of a non-public class: that class is the one error
    }
    if (noArg.isEmpty() || !noArg.get(0).getModifiers().contains(Modifier.PUBLIC)) {
      Element at = noArg.isEmpty() ? type : noArg.get(0);
      reporter.report(
          at, Message.NO_PUBLIC_CONSTRUCTOR, type.getQualifiedName(), type.getSimpleName());
      return;
    }
    for (TypeMirror thrown : noArg.get(0).getThrownTypes()) {
      if (isChecked(thrown)) {
        reporter.report(
            noArg.get(0), Message.CONSTRUCTOR_THROWS, type.getQualifiedName(), thrown);
        return;
      }
    }
  }

  private boolean isChecked(TypeMirror thrown) {
    TypeMirror current = thrown;
    while (current.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) types.asElement(current);
      String name = element.getQualifiedName().toString();
      if (name.equals("java.lang.RuntimeException") || name.equals("java.lang.Error")) {
        return false;
      }
      current = element.getSuperclass();
    }
    return current.getKind() != TypeKind.ERROR;
  }

  private static String kindOf(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> "the interface";
      case ANNOTATION_TYPE -> "the annotation type";
      case ENUM -> "the enum";
      case RECORD -> "the record";
      default -> "the " + type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
