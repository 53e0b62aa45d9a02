package dev.rig.runtime.internal.facts;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Names derived from others when a project has not said them: artifactId, Java package. */
public final class ProjectNames {

  private static final Set<String> JAVA_KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "_");

  private ProjectNames() {}

  /**
   * An artifactId for the project in {@code root}, from the folder's name: lower case, words joined
   * by {@code -}. {@code My Service} → {@code my-service}.
   */
  public static String artifactIdOf(Path root) {
    Path name = root.toAbsolutePath().normalize().getFileName();
    String folder = name == null ? "" : name.toString();
    String artifactId =
        folder
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9._-]+", "-")
            .replaceAll("^[-._]+|[-._]+$", "");
    return artifactId.isEmpty() ? "project" : artifactId;
  }

  /**
   * The Java package for a project: its groupId followed by its artifactId, each segment made a
   * valid identifier. {@code com.acme} + {@code auth-service} → {@code com.acme.authservice}.
   */
  public static String packageOf(String groupId, String artifactId) {
    StringBuilder result = new StringBuilder();
    for (String segment : (groupId + "." + artifactId).split("\\.")) {
      String identifier = identifier(segment);
      if (identifier.isEmpty()) {
        continue;
      }
      if (result.length() > 0) {
        result.append('.');
      }
      result.append(identifier);
    }
    return result.length() == 0 ? "app" : result.toString();
  }

  /** Whether {@code name} is a valid Java package name. */
  public static boolean isPackageName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (String segment : name.split("\\.", -1)) {
      if (segment.isEmpty()
          || JAVA_KEYWORDS.contains(segment)
          || !Character.isJavaIdentifierStart(segment.charAt(0))
          || !segment.chars().allMatch(Character::isJavaIdentifierPart)) {
        return false;
      }
    }
    return true;
  }

  private static String identifier(String segment) {
    StringBuilder out = new StringBuilder();
    for (char c : segment.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
        out.append(c);
      }
    }
    if (out.length() == 0) {
      return "";
    }
    if (Character.isDigit(out.charAt(0)) || JAVA_KEYWORDS.contains(out.toString())) {
      out.insert(0, '_');
    }
    return out.toString();
  }
}
