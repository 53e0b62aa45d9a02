package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Tagged;
import dev.rig.runtime.internal.content.Edits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content model of a YAML document, read from its {@link YamlNode} tree under YAML 1.2's core
 * schema. Aliases become copies of their anchored value (the composer has already bounded what
 * they add up to), merge keys ({@code <<: *base}) are applied, a duplicate key is an error.
 */
final class YamlContent {

  private static final String YAML_TAG = "tag:yaml.org,2002:";

  private final YamlText text;
  private final Map<YamlNode, Object> read = new IdentityHashMap<>();
  private final Map<YamlNode.Mapping, Set<String>> merged = new IdentityHashMap<>();

  YamlContent(YamlText text) {
    this.text = text;
  }

  /** The top-level map of a document whose root is {@code root} (null: no document at all). */
  Map<String, Object> document(YamlNode root) throws MalformedFileException {
    if (root == null || (root instanceof YamlNode.Scalar scalar && isEmpty(scalar))) {
      return new LinkedHashMap<>();
    }
    if (!(root instanceof YamlNode.Mapping mapping)) {
      throw malformed(
          root.start,
          "the file must hold a mapping at the top level, not "
              + (root instanceof YamlNode.Sequence ? "a list" : "a single value"));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) value(mapping);
    return content;
  }

  /** The keys of {@code mapping}'s content that a merge key brought in and it does not set. */
  Set<String> mergedKeys(YamlNode.Mapping mapping) {
    return merged.getOrDefault(mapping, Set.of());
  }

  /** The content of a node read before. */
  Object contentOf(YamlNode node) {
    return node instanceof YamlNode.Alias alias ? copy(read.get(alias.target)) : read.get(node);
  }

  private boolean isEmpty(YamlNode.Scalar scalar) {
    return scalar.tag == null && scalar.style == YamlNode.Scalar.Style.PLAIN
        && scalar.value.isEmpty();
  }

  Object value(YamlNode node) throws MalformedFileException {
    Object value;
    if (node instanceof YamlNode.Alias alias) {
      return copy(read.get(alias.target));
    } else if (node instanceof YamlNode.Scalar scalar) {
      value = scalar(scalar);
    } else {
      checkCollectionTag(node);
      value = node instanceof YamlNode.Mapping mapping ? mapping(mapping) : sequence((YamlNode.Sequence) node);
    }
    read.put(node, value);
    return value;
  }

  private Object scalar(YamlNode.Scalar scalar) throws MalformedFileException {
    String tag = scalar.tag;
    if (tag == null) {
      return scalar.style == YamlNode.Scalar.Style.PLAIN ? plain(scalar, scalar.value) : scalar.value;
    }
    if ("!".equals(tag) || (YAML_TAG + "str").equals(tag)) {
      return scalar.value;
    }
    if ((YAML_TAG + "null").equals(tag)) {
      return null;
    }
    if ((YAML_TAG + "bool").equals(tag)
        || (YAML_TAG + "int").equals(tag)
        || (YAML_TAG + "float").equals(tag)) {
      Object value = plain(scalar, scalar.value);
      boolean fits = tag.endsWith("bool") ? value instanceof Boolean : value instanceof Number;
      if (!fits) {
        throw malformed(
            scalar.start,
            "the value " + scalar.value + " does not match its tag " + writtenTag(tag));
      }
      return value;
    }
    return new Tagged(tag.startsWith("!") ? tag.substring(1) : tag, scalar.value);
  }

  private Object plain(YamlNode.Scalar scalar, String value) throws MalformedFileException {
    try {
      return YamlScalars.plain(value);
    } catch (YamlScalars.NumberTooLarge e) {
      throw malformed(scalar.valueStart, e.getMessage());
    }
  }

  private void checkCollectionTag(YamlNode node) throws MalformedFileException {
    String tag = node.tag;
    if (tag == null
        || "!".equals(tag)
        || (YAML_TAG + "map").equals(tag)
        || (YAML_TAG + "seq").equals(tag)) {
      return;
    }
    throw malformed(
        node.start,
        "the tag "
            + writtenTag(tag)
            + " is not supported here: rig keeps the tags of single values only; remove it or"
            + " manage this file without rig");
  }

  private static String writtenTag(String tag) {
    return new Tagged(tag.startsWith("!") ? tag.substring(1) : tag, "").writtenTag();
  }

  private Map<String, Object> mapping(YamlNode.Mapping mapping) throws MalformedFileException {
    Map<String, Object> map = new LinkedHashMap<>();
    Set<String> fromMerge = new HashSet<>();
    for (int i = 0; i < mapping.count(); i++) {
      YamlNode keyNode = mapping.keys.get(i);
      String key = key(keyNode);
      YamlNode valueNode = mapping.values.get(i);
      Object value = value(valueNode);
      if (isMergeKey(keyNode) && isMergeSource(value)) {
        for (Object source : value instanceof List<?> list ? list : List.of(value)) {
          for (Map.Entry<?, ?> entry : ((Map<?, ?>) source).entrySet()) {
            String mergedKey = (String) entry.getKey();
            if (!map.containsKey(mergedKey)) {
              map.put(mergedKey, copy(entry.getValue()));
              fromMerge.add(mergedKey);
            }
          }
        }
        continue;
      }
      if (fromMerge.remove(key)) {
        map.put(key, value);
        continue;
      }
      if (map.containsKey(key)) {
        throw malformed(
            keyNode.start,
            "duplicate key \"" + key + "\"; keep one of the two (rig would otherwise lose the"
                + " other)");
      }
      map.put(key, value);
    }
    if (!fromMerge.isEmpty()) {
      merged.put(mapping, fromMerge);
    }
    return map;
  }

  private static boolean isMergeKey(YamlNode key) {
    return key instanceof YamlNode.Scalar scalar
        && scalar.tag == null
        && scalar.style == YamlNode.Scalar.Style.PLAIN
        && "<<".equals(scalar.value);
  }

  private static boolean isMergeSource(Object value) {
    if (value instanceof Map) {
      return true;
    }
    return value instanceof List<?> list
        && !list.isEmpty()
        && list.stream().allMatch(item -> item instanceof Map);
  }

  private String key(YamlNode key) throws MalformedFileException {
    YamlNode node = key instanceof YamlNode.Alias alias ? alias.target : key;
    if (node instanceof YamlNode.Scalar scalar) {
      return scalar.value;
    }
    throw malformed(key.start, "a key must be a single value; lists and maps cannot be keys");
  }

  private List<Object> sequence(YamlNode.Sequence sequence) throws MalformedFileException {
    List<Object> list = new ArrayList<>(sequence.count());
    for (YamlNode item : sequence.items) {
      list.add(value(item));
    }
    return list;
  }

  /**
   * Each alias gets its own copy: the content is later merged and must not share nodes. (No edits
   * applied is the content model's deep copy.)
   */
  static Object copy(Object value) {
    return Edits.apply(value, List.of());
  }

  private MalformedFileException malformed(int index, String problem) {
    int[] at = text.position(index);
    return new MalformedFileException(at[0], at[1], problem);
  }
}
