package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.Map;

/**
 * A managed {@code .toml} file, read with tomlj and written by rig's own TOML writer (tables,
 * arrays of tables, inline arrays; keys quoted where TOML needs it). TOML has no null: required
 * content must leave a key out instead.
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
  protected String render(Map<String, Object> content) {
    return TomlWriter.write(content);
  }

  @Override
  protected Object normalizeScalar(Object scalar) {
    return TomlWriter.checkScalar(super.normalizeScalar(scalar));
  }
}
