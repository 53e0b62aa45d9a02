package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Builds the {@link YamlNode} tree of every document in a YAML text from snakeyaml-engine's
 * events, which carry the position of each node. Enforces rig's limits on the way, before any
 * alias is expanded: the size of the text, the depth of nesting, and how many values aliases may
 * add.
 */
final class YamlComposer {

  /** Longest text rig reads as YAML, in characters. */
  static final int MAX_CHARACTERS = 32 * 1024 * 1024;

  /** Deepest nesting of maps and lists. */
  static final int MAX_DEPTH = 1_000;

  /** How many values all the aliases of a file may stand for together. */
  static final long MAX_ALIASED_VALUES = 10_000;

  private final YamlText text;
  private final int[] charIndex;
  private final List<YamlNode> roots = new ArrayList<>();
  private final List<YamlNode.Alias> aliases = new ArrayList<>();
  private final Map<String, YamlNode> anchors = new HashMap<>();
  private final Deque<YamlNode.Collection> open = new ArrayDeque<>();
  private long aliasedValues;

  private YamlComposer(YamlText text) {
    this.text = text;
    this.charIndex = codePointTable(text.text);
  }

  /** The parsed documents of a text. */
  record Composed(YamlText text, List<YamlNode> roots, List<YamlNode.Alias> aliases) {}

  static Composed compose(String source) throws MalformedFileException {
    YamlText text = new YamlText(source);
    if (source.length() > MAX_CHARACTERS) {
      int[] at = text.position(MAX_CHARACTERS);
      throw new MalformedFileException(
          at[0],
          at[1],
          "the file is longer than "
              + MAX_CHARACTERS / (1024 * 1024)
              + " MiB, the most rig reads as YAML; rig leaves it as it is");
    }
    YamlComposer composer = new YamlComposer(text);
    try {
      composer.run();
    } catch (YamlEngineException e) {
      throw YamlProblems.translate(e, text);
    }
    return new Composed(text, List.copyOf(composer.roots), List.copyOf(composer.aliases));
  }

  /** The most characters snakeyaml-engine reads at a time (8 Mi: 32 MiB of code points). */
  private static final int READ_CHUNK = 8 * 1024 * 1024;

  private void run() throws MalformedFileException {
    LoadSettings settings =
        LoadSettings.builder()
            .setCodePointLimit(MAX_CHARACTERS + 1)
            .setAllowDuplicateKeys(true)
            .setUseMarks(true)
            // snakeyaml-engine copies what is left of its window each time it reads a chunk, so a
            // token longer than a chunk (a million-digit number, a long plain line) costs
            // quadratic time with its 1,024-character default. One chunk for files of up to
            // READ_CHUNK characters, few for larger ones.
            .setBufferSize(Math.max(1024, Math.min(text.text.length() + 1, READ_CHUNK)))
            .build();
    for (Event event : new Parse(settings).parseString(text.text)) {
      switch (event.getEventId()) {
        case Scalar -> add(scalar((ScalarEvent) event));
        case Alias -> add(alias((AliasEvent) event));
        case MappingStart, SequenceStart -> start((CollectionStartEvent) event);
        case MappingEnd, SequenceEnd -> finish(event);
        case DocumentStart -> anchors.clear();
        default -> {}
      }
    }
  }

  private YamlNode.Scalar scalar(ScalarEvent event) {
    int start = index(event.getStartMark());
    int end = index(event.getEndMark());
    YamlNode.Scalar.Style style =
        switch (event.getScalarStyle()) {
          case SINGLE_QUOTED -> YamlNode.Scalar.Style.SINGLE_QUOTED;
          case DOUBLE_QUOTED -> YamlNode.Scalar.Style.DOUBLE_QUOTED;
          case LITERAL -> YamlNode.Scalar.Style.LITERAL;
          case FOLDED -> YamlNode.Scalar.Style.FOLDED;
          default -> YamlNode.Scalar.Style.PLAIN;
        };
    int valueStart = text.skipProperties(start, end);
    if (style == YamlNode.Scalar.Style.LITERAL || style == YamlNode.Scalar.Style.FOLDED) {
      // The parser's end takes in the blank lines after a block scalar; they belong to no one.
      end = Math.max(text.trimBack(end, valueStart), text.lineEnd(valueStart));
    }
    return new YamlNode.Scalar(
        start, valueStart, end, event.getValue(), style, anchorOf(event), tagOf(event), inFlow());
  }

  private YamlNode.Alias alias(AliasEvent event) throws MalformedFileException {
    int start = index(event.getStartMark());
    String name = event.getAlias().getValue();
    YamlNode target = anchors.get(name);
    if (target == null) {
      throw malformed(start, "alias *" + name + " refers to no anchor &" + name + " defined before it");
    }
    if (target instanceof YamlNode.Collection collection && open.contains(collection)) {
      throw malformed(start, "alias *" + name + " refers to the value that contains it");
    }
    YamlNode.Alias alias = new YamlNode.Alias(start, index(event.getEndMark()), target, inFlow());
    alias.size = target.size;
    aliasedValues += target.size;
    if (aliasedValues > MAX_ALIASED_VALUES) {
      throw malformed(
          start,
          "aliases stand for more than "
              + MAX_ALIASED_VALUES
              + " values in all, the most rig expands; write the values out, or keep this file"
              + " out of rig");
    }
    aliases.add(alias);
    return alias;
  }

  private void start(CollectionStartEvent event) throws MalformedFileException {
    int start = index(event.getStartMark());
    if (open.size() >= MAX_DEPTH) {
      throw malformed(
          start,
          "maps and lists nest more than " + MAX_DEPTH + " deep, the most rig reads");
    }
    int open = event.isFlow() ? text.skipProperties(start, text.length()) : start;
    YamlNode.Collection collection =
        event instanceof MappingStartEvent
            ? new YamlNode.Mapping(start, open, event.isFlow(), anchorOf(event), tagOf(event), inFlow())
            : new YamlNode.Sequence(start, open, event.isFlow(), anchorOf(event), tagOf(event), inFlow());
    add(collection);
    this.open.push(collection);
  }

  private void finish(Event event) {
    YamlNode.Collection collection = open.pop();
    if (collection.flow) {
      collection.end = index(event.getEndMark());
    } else {
      int last = collection.count() - 1;
      collection.end = last < 0 ? collection.start : collection.childEnd(last);
    }
    if (!open.isEmpty()) {
      open.peek().size += collection.size;
    }
  }

  private void add(YamlNode node) throws MalformedFileException {
    if (node.anchor != null) {
      anchors.put(node.anchor, node);
    }
    YamlNode.Collection parent = open.peek();
    if (parent == null) {
      roots.add(node);
      return;
    }
    node.parent = parent;
    if (!(node instanceof YamlNode.Collection)) {
      parent.size += node.size;
    }
    if (parent instanceof YamlNode.Mapping mapping) {
      if (mapping.keys.size() == mapping.values.size()) {
        mapping.keys.add(node);
      } else {
        mapping.values.add(node);
      }
    } else {
      YamlNode.Sequence sequence = (YamlNode.Sequence) parent;
      if (!sequence.flow) {
        int from = sequence.items.isEmpty()
            ? sequence.start
            : sequence.items.get(sequence.items.size() - 1).end();
        from = text.skipProperties(from, text.length());
        int dash = text.find(from, '-');
        sequence.dashes.add(dash < 0 ? node.start : dash);
      }
      sequence.items.add(node);
    }
  }

  private boolean inFlow() {
    YamlNode.Collection parent = open.peek();
    return parent != null && (parent.flow || parent.inFlow);
  }

  private MalformedFileException malformed(int index, String problem) {
    int[] at = text.position(index);
    return new MalformedFileException(at[0], at[1], problem);
  }

  private int index(Optional<Mark> mark) {
    int codePoint = mark.map(Mark::getIndex).orElse(0);
    return charIndex == null ? codePoint : charIndex[Math.min(codePoint, charIndex.length - 1)];
  }

  private static String anchorOf(NodeEvent event) {
    return event.getAnchor().map(Anchor::getValue).orElse(null);
  }

  private static String tagOf(NodeEvent event) {
    Optional<String> tag =
        event instanceof ScalarEvent scalar
            ? scalar.getTag()
            : ((CollectionStartEvent) event).getTag();
    return tag.orElse(null);
  }

  /**
   * The parser counts code points; Java strings count chars. Null when they agree (no character
   * outside the Basic Multilingual Plane), else the char index of each code point.
   */
  private static int[] codePointTable(String text) {
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      return null;
    }
    int[] table = new int[codePoints + 1];
    int at = 0;
    for (int i = 0; i < codePoints; i++) {
      table[i] = at;
      at += Character.charCount(text.codePointAt(at));
    }
    table[codePoints] = at;
    return table;
  }
}
