package dev.rig.runtime.format;

import java.util.List;
import java.util.Map;

/**
 * Configs for tests: one subclass of each format base, returning the required content it was
 * given. Deliberately not annotated with {@code @RigConfig}: they are not part of any registry.
 */
final class TestConfigs {

  private TestConfigs() {}

  static final class Yaml extends YamlConfigFile {
    private final Map<String, Object> required;

    Yaml(Map<String, Object> required) {
      this.required = required;
    }

    @Override
    protected Map<String, Object> configs() {
      return required;
    }
  }

  static final class Json extends JsonConfigFile {
    private final Map<String, Object> required;

    Json(Map<String, Object> required) {
      this.required = required;
    }

    @Override
    protected Map<String, Object> configs() {
      return required;
    }
  }

  static final class Toml extends TomlConfigFile {
    private final Map<String, Object> required;

    Toml(Map<String, Object> required) {
      this.required = required;
    }

    @Override
    protected Map<String, Object> configs() {
      return required;
    }
  }

  static final class Properties extends PropertiesConfigFile {
    private final Map<String, Object> required;

    Properties(Map<String, Object> required) {
      this.required = required;
    }

    @Override
    protected Map<String, Object> configs() {
      return required;
    }
  }

  static final class Xml extends XmlConfigFile {
    private final Map<String, Object> required;

    Xml(Map<String, Object> required) {
      this.required = required;
    }

    @Override
    protected Map<String, Object> configs() {
      return required;
    }
  }

  static final class Text extends TextConfigFile {
    private final List<String> required;

    Text(List<String> required) {
      this.required = required;
    }

    @Override
    protected List<String> configs() {
      return required;
    }
  }

  static final class Markdown extends MarkdownConfigFile {
    private final List<String> required;

    Markdown(List<String> required) {
      this.required = required;
    }

    @Override
    protected List<String> configs() {
      return required;
    }
  }
}
