package dev.rig.processor.generate;

/**
 * Java string literals for generated code, written in one pass, one allocation. The text is the
 * one generated code always had (JavaPoet's {@code $S}, which wrote it before): the same escapes,
 * and a multi-line string split after each line break into literals joined by {@code +}, each
 * continuation indented twice.
 */
final class JavaLiterals {

  private JavaLiterals() {}

  /**
   * {@code value} as a Java string literal.
   *
   * @param indent one level of indentation of the file it goes into
   */
  static String quoted(String value, String indent) {
    StringBuilder out = new StringBuilder(value.length() + value.length() / 8 + 2);
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        case '\n' -> {
          out.append("\\n");
          if (i + 1 < value.length()) {
            out.append("\"\n").append(indent).append(indent).append("+ \"");
          }
        }
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
