package dev.rig.processor.generate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.lang.model.element.Element;

/**
 * The text of one generated source file, written from plain templates in two passes: the first
 * finds which classes can be imported, the second writes the class with them. The rules are those
 * generated code has always followed (it was written with JavaPoet before): a class is imported by
 * its top-level simple name unless a class of the same package, the generated class itself or an
 * earlier import already takes that name, in which case it is written qualified; {@code java.lang}
 * is never imported; a line longer than {@value #COLUMNS} columns breaks at the wrapping spaces
 * the template marks, continuing two levels deeper.
 *
 * @param packageName the package of the generated class, empty for the unnamed one
 * @param simpleName the generated class
 * @param text the whole file
 * @param origins what it was generated from, for build tools that track generated files
 */
public record JavaSource(
    String packageName, String simpleName, String text, List<? extends Element> origins) {

  static final int COLUMNS = 100;

  /** The file of class {@code simpleName} whose body {@code body} writes, imports worked out. */
  public static JavaSource write(String packageName, String simpleName, List<? extends Element> origins,
      Consumer<Writer> body) {
    Writer collector = new Writer(packageName, simpleName, Map.of());
    body.accept(collector);
    Map<String, JavaName> imports = new LinkedHashMap<>(collector.importable);
    imports.keySet().removeAll(collector.samePackage);
    Writer writer = new Writer(packageName, simpleName, imports);
    body.accept(writer);
    writer.finish();

    StringBuilder file = new StringBuilder(writer.out.length() + 512);
    if (!packageName.isEmpty()) {
      file.append("package ").append(packageName).append(";\n\n");
    }
    Map<String, JavaName> sorted = new TreeMap<>();
    imports.values().forEach(name -> sorted.put(name.canonicalName(), name));
    int count = 0;
    for (JavaName name : sorted.values()) {
      if (!name.packageName().equals("java.lang")) {
        file.append("import ").append(name.canonicalName()).append(";\n");
        count++;
      }
    }
    if (count > 0) {
      file.append('\n');
    }
    return new JavaSource(packageName, simpleName, file.append(writer.out).toString(), origins);
  }

  /** The canonical name of the generated class. */
  public String name() {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  /** Appends text and class names to the body of a generated file. */
  public static final class Writer {

    private final String packageName;
    private final String simpleName;
    private final Map<String, JavaName> imported;
    /** Classes that could be imported, by simple name, the first one of each name. */
    final Map<String, JavaName> importable = new LinkedHashMap<>();
    /** Simple names of classes of the generated class's package that it refers to. */
    final Set<String> samePackage = new LinkedHashSet<>();
    final StringBuilder out = new StringBuilder(4096);
    private int column;
    /** Text after a wrapping space, waiting to know whether it fits on the line. */
    private StringBuilder pending;
    private int pendingIndent;

    private Writer(String packageName, String simpleName, Map<String, JavaName> imported) {
      this.packageName = packageName;
      this.simpleName = simpleName;
      this.imported = imported;
    }

    /** Appends text; lines are indented by the template itself. */
    public Writer text(String text) {
      if (pending != null) {
        int newline = text.indexOf('\n');
        if (newline == -1 && column + text.length() <= COLUMNS) {
          pending.append(text);
          column += text.length();
          return this;
        }
        flush(newline == -1 || column + newline > COLUMNS);
      }
      out.append(text);
      int last = text.lastIndexOf('\n');
      column = last == -1 ? column + text.length() : text.length() - last - 1;
      return this;
    }

    /** A space, or a line break and {@code indentLevel} levels when the line would be too long. */
    public Writer wrappingSpace(int indentLevel) {
      if (pending != null) {
        flush(false);
      }
      column++;
      pending = new StringBuilder();
      pendingIndent = indentLevel;
      return this;
    }

    /** Appends how the generated class refers to {@code name}. */
    public Writer type(JavaName name) {
      return text(lookup(name));
    }

    /** Appends a Java string literal of {@code value}. */
    public Writer string(String value) {
      return text(JavaLiterals.quoted(value, SourceFiles.INDENT));
    }

    /** A javadoc comment at {@code level}, one line per line of {@code text}. */
    public Writer javadoc(int level, String text) {
      String indent = SourceFiles.INDENT.repeat(level);
      text(indent + "/**\n");
      String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      for (String line : body.split("\n", -1)) {
        text(line.isEmpty() ? indent + " *\n" : indent + " * " + line + "\n");
      }
      return text(indent + " */\n");
    }

    private String lookup(JavaName name) {
      boolean resolved = false;
      for (JavaName c = name; c != null; c = c.enclosing()) {
        JavaName found = resolve(c.simpleName());
        resolved = found != null;
        if (found != null && found.canonicalName().equals(c.canonicalName())) {
          List<String> names = name.simpleNames();
          return String.join(".", names.subList(c.simpleNames().size() - 1, names.size()));
        }
      }
      if (resolved) {
        return name.canonicalName();
      }
      if (packageName.equals(name.packageName())) {
        samePackage.add(name.simpleNames().get(0));
        return String.join(".", name.simpleNames());
      }
      if (!name.packageName().isEmpty()) {
        importable.putIfAbsent(name.simpleNames().get(0), name.topLevel());
      }
      return name.canonicalName();
    }

    private JavaName resolve(String simple) {
      if (simple.equals(simpleName)) {
        return JavaName.of(packageName, simpleName);
      }
      return imported.get(simple);
    }

    private void flush(boolean wrap) {
      if (wrap) {
        out.append('\n').append(SourceFiles.INDENT.repeat(pendingIndent));
        column = pendingIndent * SourceFiles.INDENT.length() + pending.length();
      } else {
        out.append(' ');
      }
      out.append(pending);
      pending = null;
    }

    private void finish() {
      if (pending != null) {
        flush(false);
      }
    }
  }
}
