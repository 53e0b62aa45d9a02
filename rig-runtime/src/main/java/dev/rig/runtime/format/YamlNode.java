package dev.rig.runtime.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of a YAML document as written: where its text starts and ends, and how it is written
 * (style, anchor, tag). What lossless edits splice at. Positions are {@code char} indexes into the
 * document's text.
 */
abstract sealed class YamlNode permits YamlNode.Scalar, YamlNode.Collection,
    YamlNode.Alias {

  /** Where the node starts, its anchor and tag included. */
  final int start;

  /** The anchor ({@code &name}) of the node, or null. */
  final String anchor;

  /** The tag as the parser resolved it ({@code tag:yaml.org,2002:str}, {@code !Ref}), or null. */
  final String tag;

  /** Whether the node sits inside a flow collection. */
  final boolean inFlow;

  /** The collection that holds the node, null for a document's root. */
  Collection parent;

  /** How many values the node stands for, its aliases expanded. */
  long size = 1;

  YamlNode(int start, String anchor, String tag, boolean inFlow) {
    this.start = start;
    this.anchor = anchor;
    this.tag = tag;
    this.inFlow = inFlow;
  }

  /** Just after the node's last character (a block scalar's trailing blank lines left out). */
  abstract int end();

  /** A single value. */
  static final class Scalar extends YamlNode {
    final int valueStart;
    final int end;
    final String value;
    final Style style;

    enum Style {
      PLAIN,
      SINGLE_QUOTED,
      DOUBLE_QUOTED,
      LITERAL,
      FOLDED
    }

    Scalar(
        int start, int valueStart, int end, String value, Style style, String anchor, String tag,
        boolean inFlow) {
      super(start, anchor, tag, inFlow);
      this.valueStart = valueStart;
      this.end = end;
      this.value = value;
      this.style = style;
    }

    @Override
    int end() {
      return end;
    }

    boolean isBlock() {
      return style == Style.LITERAL || style == Style.FOLDED;
    }
  }

  /** A reference to an anchored node: {@code *name}. */
  static final class Alias extends YamlNode {
    final int end;
    final YamlNode target;

    Alias(int start, int end, YamlNode target, boolean inFlow) {
      super(start, null, null, inFlow);
      this.end = end;
      this.target = target;
    }

    @Override
    int end() {
      return end;
    }
  }

  /** A map or a list. */
  abstract static sealed class Collection extends YamlNode permits Mapping, Sequence {
    final boolean flow;

    /** Where the first entry or item starts in a block collection; the bracket in a flow one. */
    final int open;

    int end;

    Collection(int start, int open, boolean flow, String anchor, String tag, boolean inFlow) {
      super(start, anchor, tag, inFlow);
      this.open = open;
      this.flow = flow;
    }

    @Override
    int end() {
      return end;
    }

    abstract int count();

    /** Where the entry or item {@code index} starts: its key, or the dash of a block item. */
    abstract int childStart(int index);

    /** Where the entry or item {@code index} ends. */
    abstract int childEnd(int index);
  }

  /** A map: entries in the order written. */
  static final class Mapping extends Collection {
    final List<YamlNode> keys = new ArrayList<>();
    final List<YamlNode> values = new ArrayList<>();

    Mapping(int start, int open, boolean flow, String anchor, String tag, boolean inFlow) {
      super(start, open, flow, anchor, tag, inFlow);
    }

    @Override
    int count() {
      return keys.size();
    }

    @Override
    int childStart(int index) {
      return keys.get(index).start;
    }

    @Override
    int childEnd(int index) {
      return Math.max(values.get(index).end(), keys.get(index).end());
    }
  }

  /** A list: items in the order written. */
  static final class Sequence extends Collection {
    final List<YamlNode> items = new ArrayList<>();

    /** The dash of each item of a block list. */
    final List<Integer> dashes = new ArrayList<>();

    Sequence(int start, int open, boolean flow, String anchor, String tag, boolean inFlow) {
      super(start, open, flow, anchor, tag, inFlow);
    }

    @Override
    int count() {
      return items.size();
    }

    @Override
    int childStart(int index) {
      return flow ? items.get(index).start : dashes.get(index);
    }

    @Override
    int childEnd(int index) {
      return items.get(index).end();
    }
  }
}
