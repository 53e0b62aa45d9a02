package dev.rig.runtime.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Tagged;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML document into the content model. Beyond {@link JacksonTreeReader}: aliases of maps
 * and lists are expanded to copies of their anchored value, merge keys ({@code <<: *base}) are
 * applied, and a second document in the same file is an error (rewriting would drop it).
 */
final class YamlTreeReader extends JacksonTreeReader {

  /** Caps what aliases may expand to, so that a "billion laughs" file cannot exhaust memory. */
  private static final int MAX_EXPANDED_VALUES = 100_000;

  private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NOT_A_NUMBER = Pattern.compile("\\.(nan|NaN|NAN)");

  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final Set<String> STANDARD_TAGS =
      Set.of(
          YAML_TAG_PREFIX + "str",
          YAML_TAG_PREFIX + "int",
          YAML_TAG_PREFIX + "float",
          YAML_TAG_PREFIX + "bool",
          YAML_TAG_PREFIX + "null",
          YAML_TAG_PREFIX + "map",
          YAML_TAG_PREFIX + "seq");

  private final YAMLParser yaml;
  private final Map<String, Object> anchors = new HashMap<>();
  private final Map<Map<String, Object>, Set<String>> mergedKeys = new IdentityHashMap<>();
  private int expandedValues;

  private final String text;

  private YamlTreeReader(YAMLParser parser, String text) {
    super(parser, "a mapping");
    this.yaml = parser;
    this.text = text;
  }

  static Map<String, Object> read(String text) throws MalformedFileException {
    try (YAMLParser parser = YamlSyntax.FACTORY.createParser(text)) {
      return new YamlTreeReader(parser, text).readDocument(true);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading YAML from a string", e);
    }
  }

  @Override
  String afterDocumentMessage() {
    return "a second YAML document starts here; rig manages files that hold a single document";
  }

  @Override
  Object readValue(JsonToken token) throws IOException, MalformedFileException {
    if (yaml.isCurrentAlias()) {
      return expandAlias(yaml.getText());
    }
    String tag = yaml.getTypeId();
    if (tag != null && !STANDARD_TAGS.contains(tag)) {
      return tagged(token, tag);
    }
    // Jackson reports a YAML anchor as the native object id of the value it starts.
    String anchor = yaml.getObjectId();
    Object value = super.readValue(token);
    if (anchor != null) {
      anchors.put(anchor, value);
    }
    return value;
  }

  /**
   * YAML's own tags ({@code !!str}, {@code !!int}) only say how to read a value and are read as
   * such. Any other tag on a single value is kept with it ({@link Tagged}); on a map or a list it
   * carries meaning that a rewrite would lose.
   */
  private Tagged tagged(JsonToken token, String tag) throws IOException, MalformedFileException {
    switch (token) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Tagged(tag, yaml.getText());
      case VALUE_NULL:
        return new Tagged(tag, "");
      default:
        throw JacksonTreeReader.malformed(
            yaml.currentTokenLocation(),
            "the tag "
                + new Tagged(tag, "").writtenTag()
                + " is not supported here: rig keeps the tags of single values only; remove it"
                + " or manage this file without rig");
    }
  }

  @Override
  Object readDecimal() throws IOException, MalformedFileException {
    String text = yaml.getText();
    if (INFINITY.matcher(text).matches()) {
      return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (NOT_A_NUMBER.matcher(text).matches()) {
      return Double.NaN;
    }
    return super.readDecimal();
  }

  @Override
  @SuppressWarnings("unchecked")
  void put(Map<String, Object> map, String key, Object value, JsonLocation keyLocation)
      throws MalformedFileException {
    Set<String> merged = mergedKeys.computeIfAbsent(map, m -> new HashSet<>());
    if ("<<".equals(key) && isMergeSource(value)) {
      // YAML merge key: the keys of the merged mappings, unless the mapping sets them itself.
      List<Object> sources = value instanceof List ? (List<Object>) value : List.of(value);
      for (Object source : sources) {
        for (Map.Entry<String, Object> entry : ((Map<String, Object>) source).entrySet()) {
          if (!map.containsKey(entry.getKey())) {
            map.put(entry.getKey(), copy(entry.getValue()));
            merged.add(entry.getKey());
          }
        }
      }
      return;
    }
    if (merged.remove(key)) {
      map.put(key, value);
      return;
    }
    super.put(map, key, value, keyLocation);
  }

  private static boolean isMergeSource(Object value) {
    if (value instanceof Map) {
      return true;
    }
    return value instanceof List<?> list
        && !list.isEmpty()
        && list.stream().allMatch(item -> item instanceof Map);
  }

  private Object expandAlias(String name) throws MalformedFileException {
    if (!anchors.containsKey(name)) {
      // Jackson's streaming parser reports anchors of maps and lists, not of single values.
      String problem =
          text.contains("&" + name)
              ? "alias *"
                  + name
                  + " refers to a single value; rig follows aliases of maps and"
                  + " lists only: write the value out here"
              : "alias *" + name + " refers to no anchor &" + name + " defined before it";
      throw JacksonTreeReader.malformed(yaml.currentTokenLocation(), problem);
    }
    Object value = copy(anchors.get(name));
    expandedValues += size(value);
    if (expandedValues > MAX_EXPANDED_VALUES) {
      throw JacksonTreeReader.malformed(
          yaml.currentTokenLocation(),
          "aliases expand to more than "
              + MAX_EXPANDED_VALUES
              + " values; rig refuses to"
              + " read a file that grows this much");
    }
    return value;
  }

  private static int size(Object value) {
    if (value instanceof Map<?, ?> map) {
      int size = 1;
      for (Object item : map.values()) {
        size += size(item);
      }
      return size;
    }
    if (value instanceof List<?> list) {
      int size = 1;
      for (Object item : list) {
        size += size(item);
      }
      return size;
    }
    return 1;
  }

  /** Each alias gets its own copy: the tree is later merged and must not share nodes. */
  private static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put((String) key, copy(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(copy(item)));
      return copy;
    }
    return value;
  }

  /** SnakeYAML's own problem mark is where the error is; Jackson's location can lag behind. */
  private static MalformedFileException translate(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark problem = marked.getProblemMark();
      StringBuilder message = new StringBuilder(marked.getProblem());
      Mark context = marked.getContextMark();
      if (marked.getContext() != null && context != null) {
        message
            .append(" (")
            .append(marked.getContext())
            .append(" that starts at line ")
            .append(context.getLine() + 1)
            .append(", column ")
            .append(context.getColumn() + 1)
            .append(')');
      }
      return new MalformedFileException(
          problem.getLine() + 1, problem.getColumn() + 1, message.toString(), e);
    }
    return JacksonTreeReader.malformed(e);
  }
}
