package dev.rig.bench.generate;

import java.util.Locale;

/**
 * The formats a synthetic config can take, with the Java that declares its required content. The
 * content is small and realistic: a name, a nested section with a boolean, a number and a string,
 * and a list, as a service's application.yaml or a tool's settings would hold.
 */
public enum Format {
  YAML("YamlConfigFile"),
  JSON("JsonConfigFile"),
  TOML("TomlConfigFile"),
  PROPERTIES("PropertiesConfigFile"),
  TEXT("TextConfigFile");

  private final String baseClass;

  Format(String baseClass) {
    this.baseClass = baseClass;
  }

  /** Simple name of the format base in {@code dev.rig.runtime.format}. */
  public String baseClass() {
    return baseClass;
  }

  /** Java type of the content model of this format. */
  String contentType() {
    return this == TEXT ? "List<String>" : "Map<String, Object>";
  }

  /** Body of {@code configs()} for a config that declares its content itself. */
  String freshContent(String id, String owner) {
    return switch (this) {
      case YAML, JSON, TOML ->
          "return Tree.map(\"name\", \"" + id + "\", \"owner\", \"" + owner + "\",\n"
              + "        \"settings\", Tree.map(\"enabled\", true, \"retries\", 3, \"level\", \"INFO\"),\n"
              + "        \"tags\", Tree.list(\"alpha\", \"beta\", \"gamma\"));";
      case PROPERTIES ->
          "return Tree.map(\"" + id + ".name\", \"" + id + "\", \"" + id + ".owner\", \"" + owner
              + "\",\n        \"" + id + ".enabled\", \"true\", \"" + id + ".level\", \"INFO\");";
      case TEXT ->
          "return new ArrayList<>(List.of(\"# " + id + " (" + owner + ")\", \"" + id
              + "-alpha\", \"" + id + "-beta\"));";
    };
  }

  /** Body of {@code configs()} for an override that adds one entry to its parent's content. */
  String overridingContent(String owner) {
    return switch (this) {
      case YAML, JSON, TOML ->
          "Map<String, Object> content = super.configs();\n"
              + "    content.put(\"" + owner + "\", Tree.map(\"enabled\", true));\n"
              + "    return content;";
      case PROPERTIES ->
          "Map<String, Object> content = super.configs();\n"
              + "    content.put(\"" + owner + ".enabled\", \"true\");\n"
              + "    return content;";
      case TEXT ->
          "List<String> content = super.configs();\n"
              + "    content.add(\"" + owner + "\");\n"
              + "    return content;";
    };
  }

  public String lowerName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
