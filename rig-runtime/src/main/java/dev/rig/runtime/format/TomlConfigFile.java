package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import java.util.Map;
import org.tomlj.MutableTomlTable;

/**
 * A managed {@code .toml} file, read, edited and written with tomlj. A new file is written whole
 * (tables, arrays of tables, inline arrays; keys quoted where TOML needs it); an existing one is
 * edited in place, keeping its comments and layout (see {@link TomlDocument}). TOML has no null:
 * required content must leave a key out instead.
 */
public abstract class TomlConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "toml";
  }

  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    return TomlTreeReader.read(text);
  }

  @Override
  protected Document<Map<String, Object>> open(String text) throws MalformedFileException {
    return new TomlDocument(text);
  }

  @Override
  protected String render(Map<String, Object> content) {
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) TomlValues.of(content);
    return MutableTomlTable.copyOf(values).toToml(TomlValues.OPTIONS);
  }

  @Override
  protected Object normalizeScalar(Object scalar) {
    Object checked = super.normalizeScalar(scalar);
    TomlValues.scalar(checked);
    return checked;
  }
}
