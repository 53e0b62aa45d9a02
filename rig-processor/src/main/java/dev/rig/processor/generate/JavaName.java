package dev.rig.processor.generate;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * A class that generated code refers to: its package and its simple names, outermost first.
 *
 * @param packageName empty for the unnamed package
 * @param simpleNames the top-level class, then each nested class
 */
public record JavaName(String packageName, List<String> simpleNames) {

  public JavaName {
    simpleNames = List.copyOf(simpleNames);
  }

  public static JavaName of(String packageName, String... simpleNames) {
    return new JavaName(packageName, List.of(simpleNames));
  }

  /** The name of a class of this compilation, nested classes included. */
  public static JavaName of(TypeElement type) {
    List<String> names = new ArrayList<>();
    Element element = type;
    while (element.getKind() != ElementKind.PACKAGE) {
      names.add(0, element.getSimpleName().toString());
      element = element.getEnclosingElement();
    }
    return new JavaName(((PackageElement) element).getQualifiedName().toString(), names);
  }

  /**
   * A canonical name split where the first part starting with an upper-case letter begins: the
   * package, then the classes.
   */
  public static JavaName guess(String canonicalName) {
    String[] parts = canonicalName.split("\\.", -1);
    int first = 0;
    while (first < parts.length - 1
        && (parts[first].isEmpty() || !Character.isUpperCase(parts[first].charAt(0)))) {
      first++;
    }
    return new JavaName(String.join(".", List.of(parts).subList(0, first)),
        List.of(parts).subList(first, parts.length));
  }

  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  public JavaName topLevel() {
    return new JavaName(packageName, simpleNames.subList(0, 1));
  }

  /** The class this one is nested in, or null for a top-level class. */
  JavaName enclosing() {
    return simpleNames.size() == 1
        ? null
        : new JavaName(packageName, simpleNames.subList(0, simpleNames.size() - 1));
  }

  public String canonicalName() {
    String classes = String.join(".", simpleNames);
    return packageName.isEmpty() ? classes : packageName + "." + classes;
  }
}
