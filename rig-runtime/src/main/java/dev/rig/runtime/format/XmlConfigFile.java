package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Merge;
import dev.rig.runtime.internal.content.Scalars;
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
 * <p>A new file is written with an XML declaration and two-space indents. An existing file is
 * edited in place ({@link #open}): comments, layout and everything else rig does not change stay
 * byte for byte. Read with rig's own strict XML 1.0 reader ({@link XmlParser}): no DTDs, no
 * outside entities.
 */
public abstract class XmlConfigFile extends TreeConfigFile {

  /**
   * How deep elements may nest in an XML file rig reads or writes. A pom nests about ten deep; a
   * deeper file is reported with the position of the first element past the limit.
   */
  public static final int MAX_DEPTH = 1_000;

  /**
   * The largest XML file rig reads, in characters (16 MiB of ASCII), so that even the largest is
   * read in well under two seconds. A larger file is reported, never read or rewritten.
   */
  public static final int MAX_CHARS = 16 * 1024 * 1024;

  /** What rig says about a file over {@link #MAX_CHARS}. */
  public static final String TOO_LARGE =
      "the file is larger than rig reads as XML (" + MAX_CHARS / (1024 * 1024) + " MiB, up to"
          + " here); a config file is far smaller: is this the right file?";

  private String requiredRoot;

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

  /**
   * The file as a document that sync edits in place: every byte outside the elements, attributes
   * and text an edit names stays as it was; new elements take the file's indentation and, in a
   * pom, Maven's canonical order.
   */
  @Override
  protected Document<Map<String, Object>> open(String text) throws MalformedFileException {
    return XmlDocument.open(text, requiredRoot());
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

  /**
   * The root element the required content names, asked once: {@code configs()} may be costly
   * (the default pom's reads the project's pom), and the root of a config does not change. While
   * a plan runs, the content it computed already.
   */
  private String requiredRoot() {
    if (requiredRoot == null) {
      requiredRoot = requiredContent().keySet().iterator().next();
    }
    return requiredRoot;
  }

  /**
   * @throws IllegalStateException when the roots differ: {@link #parse} reports that before a merge
   *     is ever attempted, so this guards against a subclass that parses differently
   */
  @Override
  protected Merge merge(
      Map<String, Object> actual, Map<String, Object> base, Map<String, Object> required) {
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
    return super.merge(actual, base, required);
  }
}
