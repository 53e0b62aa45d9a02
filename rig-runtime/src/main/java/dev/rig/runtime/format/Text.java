package dev.rig.runtime.format;

/** Small text rules every format follows. */
final class Text {

  private Text() {}

  /** Files end with a line break (an empty file stays empty). */
  static String endWithLineBreak(String text) {
    if (text.isEmpty() || text.endsWith("\n")) {
      return text;
    }
    return text + "\n";
  }
}
