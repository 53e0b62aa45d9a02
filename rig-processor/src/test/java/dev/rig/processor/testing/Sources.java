package dev.rig.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Short ways to write the config classes the tests compile. */
public final class Sources {

  /** The format base most test configs extend. */
  public static final String YAML = "dev.rig.runtime.format.YamlConfigFile";

  private Sources() {}

  /**
   * A generated source with every run of whitespace, line breaks included, made one space: for
   * assertions that must not depend on where the code is wrapped.
   */
  public static String generatedOneLine(Compilation compilation, String className) {
    JavaFileObject file =
        compilation.generatedSourceFile(className)
            .orElseThrow(() -> new AssertionError(className + " was not generated"));
    try {
      return file.getCharContent(true).toString().replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a generated source, each without the spaces around it. */
  public static java.util.List<String> generatedLines(Compilation compilation, String className) {
    JavaFileObject file =
        compilation.generatedSourceFile(className)
            .orElseThrow(() -> new AssertionError(className + " was not generated"));
    try {
      return file.getCharContent(true).toString().lines().map(String::strip).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line of a registry's table, a string literal: {@code = "..\n"} or {@code + "..\n";}. */
  private static final java.util.regex.Pattern TABLE_LINE =
      java.util.regex.Pattern.compile("(?:.* LEAVES_\\d+ = |\\+ )\"(.*)\\\\n\";?");

  /**
   * The lines of a generated registry's leaf tables (the leaf, then what it overrides), in the
   * order they are generated.
   */
  public static java.util.List<String> leafLines(Compilation compilation, String registry) {
    return generatedLines(compilation, registry).stream()
        .map(TABLE_LINE::matcher)
        .filter(java.util.regex.Matcher::matches)
        .map(matcher -> matcher.group(1))
        .toList();
  }

  /**
   * {@code com.acme.Legacy}, whose nested configs are deprecated: one plainly, and with
   * {@code forRemoval} (Java 9 and later) one for removal.
   */
  public static JavaFileObject legacyConfigs(boolean forRemoval) {
    List<String> lines = new ArrayList<>(List.of(
        "package com.acme;",
        "",
        "import dev.rig.annotations.RigConfig;",
        "import java.util.Map;",
        "",
        "public final class Legacy {",
        "  private Legacy() {}"));
    lines.addAll(nestedConfig("/** @deprecated kept for old services */\n  @Deprecated",
        "OldConfigFile"));
    if (forRemoval) {
      lines.addAll(nestedConfig("@Deprecated(forRemoval = true)", "DoomedConfigFile"));
    }
    lines.add("}");
    return JavaFileObjects.forSourceLines("com.acme.Legacy", lines);
  }

  private static List<String> nestedConfig(String annotations, String name) {
    List<String> lines = new ArrayList<>(List.of(""));
    for (String annotation : annotations.split("\n")) {
      lines.add("  " + annotation.strip());
    }
    lines.addAll(List.of(
        "  @RigConfig",
        "  public static class " + name + " extends " + YAML + " {",
        "    @Override",
        "    protected Map<String, Object> configs() {",
        "      return new java.util.LinkedHashMap<>();",
        "    }",
        "  }"));
    return lines;
  }

  /** A source file, line by line, like a user would write it. */
  public static JavaFileObject source(String className, String... lines) {
    return JavaFileObjects.forSourceLines(className, lines);
  }

  /** {@code @RigConfig public class <name> extends <superclass>} with a working configs(). */
  public static JavaFileObject config(String className, String superclass) {
    return config(className, superclass, "");
  }

  /**
   * Like {@link #config(String, String)}, with the arguments of the annotation, e.g.
   * {@code "replaces = com.acme.Other.class"}.
   */
  public static JavaFileObject config(String className, String superclass, String arguments) {
    return type(className, superclass, "@RigConfig" + (arguments.isEmpty() ? "" : "(" + arguments + ")"));
  }

  /** A subclass without {@code @RigConfig}. */
  public static JavaFileObject unannotated(String className, String superclass) {
    return type(className, superclass, null);
  }

  private static JavaFileObject type(String className, String superclass, String annotation) {
    int dot = className.lastIndexOf('.');
    List<String> lines = new ArrayList<>();
    lines.add("package " + className.substring(0, dot) + ";");
    lines.add("");
    lines.add("import dev.rig.annotations.RigConfig;");
    lines.add("import java.util.LinkedHashMap;");
    lines.add("import java.util.Map;");
    lines.add("");
    if (annotation != null) {
      lines.add(annotation);
    }
    lines.add("public class " + className.substring(dot + 1) + " extends " + superclass + " {");
    lines.add("  @Override");
    lines.add("  protected Map<String, Object> configs() {");
    lines.add(superclass.equals(YAML)
        ? "    return new LinkedHashMap<>();"
        : "    return super.configs();");
    lines.add("  }");
    lines.add("}");
    if (annotation == null) {
      lines.remove("import dev.rig.annotations.RigConfig;");
    }
    if (!superclass.equals(YAML)) {
      lines.remove("import java.util.LinkedHashMap;");
    }
    return JavaFileObjects.forSourceLines(className, lines);
  }
}
