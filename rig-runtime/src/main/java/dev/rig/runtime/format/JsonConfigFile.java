package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.internal.content.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A managed {@code .json} file: an object at the top level. A new file is written with two-space
 * indents, one entry per line and a final line break; an existing one is edited in place, in its
 * own layout (see {@link JsonDocument}).
 */
public abstract class JsonConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "json";
  }

  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    JsonNode.Members root = JsonReader.read(text);
    // An empty file has nothing to lose: it is a file without content.
    return root == null ? new LinkedHashMap<>() : root.value();
  }

  @Override
  protected Document<Map<String, Object>> open(String text) throws MalformedFileException {
    JsonNode.Members root = JsonReader.read(text);
    if (root == null) {
      return Document.rerendering(text, new LinkedHashMap<>(), this::render);
    }
    return new JsonDocument(text, root);
  }

  @Override
  protected String render(Map<String, Object> content) {
    return Text.endWithLineBreak(JsonStyle.DEFAULT.render(content, "", true));
  }

  @Override
  protected Object normalizeScalar(Object scalar) {
    if (scalar instanceof Number number && !Numbers.isFinite(number)) {
      throw new IllegalArgumentException(
          number + " cannot be written: JSON has no NaN or infinity");
    }
    return super.normalizeScalar(scalar);
  }
}
