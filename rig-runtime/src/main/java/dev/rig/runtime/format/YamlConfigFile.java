package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Tagged;
import java.util.Map;

/**
 * A managed {@code .yaml} file.
 *
 * <p>Written in block style with two-space indents, lists indented under their key, strings quoted
 * only where YAML needs it, multi-line strings as literal blocks, and no {@code ---} document
 * marker. Values with an application tag ({@code !!python/name:...}, {@code !Ref}) are read as
 * {@link Tagged} and written back with their tag. Comments and anchors of an existing file are not
 * kept when rig has to rewrite it (a file that is already correct is never rewritten).
 */
public abstract class YamlConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "yaml";
  }

  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    return YamlTreeReader.read(text);
  }

  @Override
  protected String render(Map<String, Object> content) {
    return YamlTreeWriter.write(content);
  }

  /** YAML alone can hold {@link Tagged} values. */
  @Override
  protected Object normalizeScalar(Object scalar) {
    return scalar instanceof Tagged ? scalar : super.normalizeScalar(scalar);
  }
}
