package dev.rig.runtime.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a YAML file is written, so that what rig adds looks like the rest of it: the indent of a
 * nested map, how far a list stands in from its key (0 when the dashes sit under the key), the
 * quote character, and whether the file quotes strings that need no quotes.
 *
 * @param indent spaces from a key to the keys of the map under it
 * @param sequenceIndent spaces from a key to the dashes of the list under it
 * @param quote the quote character for strings that need one
 * @param quoteAll whether every new string value is quoted, as most of the file's are
 */
record YamlStyle(int indent, int sequenceIndent, char quote, boolean quoteAll) {

  /** rig's own style, for new files: two spaces, lists indented, double quotes where needed. */
  static final YamlStyle DEFAULT = new YamlStyle(2, 2, '"', false);

  /** The style most of {@code root}'s text follows; rig's own where the text does not say. */
  static YamlStyle of(YamlText text, YamlNode root) {
    if (root == null) {
      return DEFAULT;
    }
    Map<Integer, Integer> indents = new TreeMap<>();
    Map<Integer, Integer> sequenceIndents = new TreeMap<>();
    int single = 0;
    int dbl = 0;
    int plainStrings = 0;
    Deque<YamlNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      YamlNode node = pending.pop();
      if (node instanceof YamlNode.Mapping mapping) {
        for (int i = 0; i < mapping.count(); i++) {
          YamlNode key = mapping.keys.get(i);
          YamlNode value = mapping.values.get(i);
          if (!mapping.flow && value instanceof YamlNode.Collection child && !child.flow
              && child.count() > 0 && !sameLine(text, key.start, child.childStart(0))) {
            int offset = text.column(child.childStart(0)) - text.column(key.start);
            (child instanceof YamlNode.Mapping ? indents : sequenceIndents)
                .merge(offset, 1, Integer::sum);
          }
          pending.push(value);
        }
      } else if (node instanceof YamlNode.Sequence sequence) {
        sequence.items.forEach(pending::push);
      } else if (node instanceof YamlNode.Scalar scalar && scalar.tag == null) {
        switch (scalar.style) {
          case SINGLE_QUOTED -> single++;
          case DOUBLE_QUOTED -> dbl++;
          case PLAIN -> {
            if (YamlScalars.canBePlain(scalar.value, scalar.inFlow)) {
              plainStrings++;
            }
          }
          default -> {}
        }
      }
    }
    int indent = mostCommon(indents, 1, DEFAULT.indent);
    int sequenceIndent = mostCommon(sequenceIndents, 0, indent);
    char quote = single > dbl ? '\'' : '"';
    return new YamlStyle(indent, sequenceIndent, quote, single + dbl > plainStrings);
  }

  private static boolean sameLine(YamlText text, int a, int b) {
    return text.lineStart(a) == text.lineStart(b);
  }

  private static int mostCommon(Map<Integer, Integer> counts, int least, int otherwise) {
    int best = otherwise;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
      if (entry.getKey() >= least && entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return best;
  }
}
