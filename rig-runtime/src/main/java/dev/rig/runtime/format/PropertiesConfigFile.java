package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.internal.content.Scalars;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A managed {@code .properties} file. Every value is text: a required number or boolean is compared
 * and written as text. Required content may nest maps; their keys join with dots ({@code
 * Tree.map("server", Tree.map("port", 8080))} is {@code server.port=8080}). An existing file is
 * edited in place: see {@link PropertiesDocument}.
 */
public abstract class PropertiesConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "properties";
  }

  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    return PropertiesReader.read(text);
  }

  @Override
  protected Document<Map<String, Object>> open(String text) throws MalformedFileException {
    return new PropertiesDocument(text);
  }

  @Override
  protected String render(Map<String, Object> content) {
    return PropertiesWriter.write(content);
  }

  @Override
  protected Map<String, Object> normalize(Map<String, Object> content) {
    Map<String, Object> flat = new LinkedHashMap<>();
    flatten("", super.normalize(content), flat);
    return flat;
  }

  @Override
  protected Object normalizeScalar(Object scalar) {
    return Scalars.text(super.normalizeScalar(scalar));
  }

  private void flatten(String prefix, Map<String, Object> map, Map<String, Object> flat) {
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      String key = prefix + entry.getKey();
      Object value = entry.getValue();
      if (value instanceof Map<?, ?> nested) {
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) nested;
        flatten(key + ".", child, flat);
      } else if (value instanceof List) {
        throw new IllegalArgumentException(
            getClass().getName()
                + ".configs() at "
                + key
                + ": a properties file holds no lists; join the items into one string"
                + " (e.g. \"a,b\")");
      } else if (flat.putIfAbsent(key, value) != null) {
        throw new IllegalArgumentException(
            getClass().getName() + ".configs() sets the key " + key + " twice");
      }
    }
  }
}
