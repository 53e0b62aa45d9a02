package dev.rig.runtime.configs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The required lines of a text default, from a text block. */
final class Lines {

  private Lines() {}

  /**
   * The lines of {@code text} as a fresh, mutable list, without the line break that ends a text
   * block: an override can add, remove or replace lines.
   */
  static List<String> of(String text) {
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return new ArrayList<>(Arrays.asList(body.split("\n", -1)));
  }
}
