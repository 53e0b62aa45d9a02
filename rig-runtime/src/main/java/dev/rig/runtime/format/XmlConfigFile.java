package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.content.Scalars;
import java.util.List;
import java.util.Map;

/**
 * A managed {@code .xml} file, such as a Maven {@code pom.xml}, mapped onto the tree model:
 *
 * <ul>
 *   <li>the document is {@code {rootName: {child: ...}}};
 *   <li>repeated sibling elements are a list: {@code {dependencies: {dependency: [..., ...]}}};
 *   <li>attributes are keys prefixed with {@code @} ({@code "@xmlns"}), written before the children
 *       in the order of the map; the text of an element that has attributes is {@code "#text"};
 *   <li>every value is text: a required number or boolean is compared and written as text.
 * </ul>
 *
 * <p>Written with an XML declaration and two-space indents. Comments of an existing file are not
 * kept when rig has to rewrite it. Read with the JDK's own parser: no DTDs, no outside entities.
 */
public abstract class XmlConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "xml";
  }

  /**
   * @throws MalformedFileException also when the root element is not the one this config requires:
   *     rig would have to replace the whole document
   */
  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    return XmlTreeReader.read(text, requiredRoot());
  }

  @Override
  protected String render(Map<String, Object> content) {
    return XmlWriter.write(content);
  }

  /**
   * @throws IllegalArgumentException when the required content is not one root element
   */
  @Override
  protected Map<String, Object> normalize(Map<String, Object> content) {
    Map<String, Object> normalized = withoutEmptyLists(super.normalize(content));
    if (normalized.size() != 1) {
      throw new IllegalArgumentException(
          getClass().getName()
              + ".configs() must return one root element, e.g. Tree.map(\"project\", ...), not "
              + normalized.keySet());
    }
    return normalized;
  }

  @Override
  protected Object normalizeScalar(Object scalar) {
    return Scalars.text(super.normalizeScalar(scalar));
  }

  /**
   * An empty list is zero repeated elements: XML cannot tell it from an absent key, so it is left
   * out of the required content.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutEmptyLists(Map<String, Object> map) {
    map.values().removeIf(value -> value instanceof List<?> list && list.isEmpty());
    for (Object value : map.values()) {
      if (value instanceof Map<?, ?> child) {
        withoutEmptyLists((Map<String, Object>) child);
      } else if (value instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof Map<?, ?> child) {
            withoutEmptyLists((Map<String, Object>) child);
          }
        }
      }
    }
    return map;
  }

  private String requiredRoot() {
    return normalize(configs()).keySet().iterator().next();
  }

  /**
   * @throws IllegalStateException when the roots differ: {@link #parse} reports that before a merge
   *     is ever attempted, so this guards against a subclass that parses differently
   */
  @Override
  protected List<Edit> edits(Map<String, Object> actual, Map<String, Object> required) {
    if (!actual.isEmpty() && !actual.keySet().equals(required.keySet())) {
      throw new IllegalStateException(
          "the root element is "
              + actual.keySet()
              + " but "
              + getClass().getName()
              + " requires "
              + required.keySet()
              + "; rig will not replace the whole document");
    }
    return super.edits(actual, required);
  }
}
