package dev.rig.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a plain YAML scalar means, under YAML 1.2's core schema, and which strings can be written
 * plain. Reading follows 1.2 only: {@code NO}, {@code yes}, {@code on} are strings, {@code 01234}
 * is 1234. Writing is stricter: a string that YAML 1.1 readers (PyYAML, which mkdocs uses, or
 * Jackson's YAML) would take for a boolean, a number, a date or null is quoted, so that every
 * reader agrees on what rig wrote.
 */
final class YamlScalars {

  /** Longest plain number rig reads: longer digit strings are refused, not expanded. */
  static final int MAX_NUMBER_LENGTH = 1_000;

  /** Largest decimal exponent rig reads ({@code 1e999999999} would expand to a billion digits). */
  static final int MAX_EXPONENT = 9_999;

  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
  private static final Set<String> FALSE = Set.of("false", "False", "FALSE");

  private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL_INT = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX_INT = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NOT_A_NUMBER = Pattern.compile("\\.(nan|NaN|NAN)");

  /** YAML 1.1's booleans, nulls, numbers (with _ and base 60), dates, merge and value keys. */
  private static final Pattern YAML11_WORD =
      Pattern.compile(
          "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
              + "|~|null|Null|NULL|<<|=");

  private static final Pattern YAML11_NUMBER =
      Pattern.compile(
          "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"
              + "|[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?"
              + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
              + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
              + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \\t]+)?.*"
              + "|[-+]?[0-9][0-9_.eE+-]*");

  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  private static final String FLOW_INDICATORS = ",[]{}";

  private YamlScalars() {}

  /** Thrown for a number rig refuses to expand; the caller adds the position. */
  static final class NumberTooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    NumberTooLarge(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The value of a plain (unquoted, untagged) scalar under the core schema: null, a boolean, an
   * integer ({@link Integer}, {@link Long} or {@link BigInteger}), a decimal ({@link BigDecimal},
   * or a {@link Double} for the infinities and NaN), or the text itself.
   */
  static Object plain(String text) throws NumberTooLarge {
    if (NULLS.contains(text)) {
      return null;
    }
    if (TRUE.contains(text)) {
      return Boolean.TRUE;
    }
    if (FALSE.contains(text)) {
      return Boolean.FALSE;
    }
    if (text.isEmpty() || "0123456789-+.".indexOf(text.charAt(0)) < 0) {
      return text;
    }
    if (DECIMAL_INT.matcher(text).matches()) {
      checkLength(text);
      return integer(new BigInteger(text));
    }
    if (OCTAL_INT.matcher(text).matches()) {
      checkLength(text);
      return integer(new BigInteger(text.substring(2), 8));
    }
    if (HEX_INT.matcher(text).matches()) {
      checkLength(text);
      return integer(new BigInteger(text.substring(2), 16));
    }
    if (FLOAT.matcher(text).matches()) {
      checkLength(text);
      BigDecimal decimal = new BigDecimal(text);
      int exponent = decimal.precision() - decimal.scale() - 1;
      if (Math.abs(exponent) > MAX_EXPONENT) {
        throw new NumberTooLarge(
            "the number "
                + text
                + " has an exponent beyond ±"
                + MAX_EXPONENT
                + "; rig does not read numbers this large (quote it to make it text)");
      }
      return decimal;
    }
    if (INFINITY.matcher(text).matches()) {
      return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (NOT_A_NUMBER.matcher(text).matches()) {
      return Double.NaN;
    }
    return text;
  }

  private static void checkLength(String text) throws NumberTooLarge {
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new NumberTooLarge(
          "a number of "
              + text.length()
              + " characters; rig reads numbers of up to "
              + MAX_NUMBER_LENGTH
              + " (quote it to make it text)");
    }
  }

  /** The smallest integer type that holds the value. */
  static Number integer(BigInteger value) {
    if (value.bitLength() < 32) {
      return value.intValue();
    }
    if (value.bitLength() < 64) {
      return value.longValue();
    }
    return value;
  }

  /**
   * Whether {@code text} can be written as a plain scalar and read back as this same string by
   * YAML 1.2 and 1.1 readers alike.
   *
   * @param flow whether the scalar sits inside a flow collection ({@code [a, b]}), where {@code
   *     ,[]{}} end a plain scalar
   */
  static boolean canBePlain(String text, boolean flow) {
    return plainSyntax(text, flow)
        && !YAML11_WORD.matcher(text).matches()
        && !YAML11_NUMBER.matcher(text).matches()
        && !startsLikeANumber(text);
  }

  /**
   * Whether {@code text} can be written plain after a tag ({@code !Num 5}): the tag says what it
   * is, so only YAML's syntax matters.
   */
  static boolean plainSyntax(String text, boolean flow) {
    if (text.isEmpty()
        || Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1))) {
      return false;
    }
    char first = text.charAt(0);
    if (INDICATORS.indexOf(first) >= 0) {
      boolean safeStart =
          (first == '-' || first == '?' || first == ':')
              && text.length() > 1
              && !Character.isWhitespace(text.charAt(1))
              && (!flow || FLOW_INDICATORS.indexOf(text.charAt(1)) < 0);
      if (!safeStart) {
        return false;
      }
    }
    if (text.contains(": ") || text.contains(" #") || text.endsWith(":")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!printable(c) || c == '\t' || (flow && FLOW_INDICATORS.indexOf(c) >= 0)) {
        return false;
      }
    }
    if (flow && text.contains(":")) {
      // "a:b" is fine in a block, but inside [ ] some readers split it into a key and a value.
      return false;
    }
    return true;
  }

  /**
   * Whatever some reader could take for a number ({@code 1.2.3}, {@code 0o17}, {@code .5}):
   * digits with the signs, points, exponents and base prefixes of YAML's number forms.
   */
  private static boolean startsLikeANumber(String text) {
    char first = text.charAt(0);
    boolean numeric =
        Character.isDigit(first)
            || ((first == '-' || first == '+' || first == '.')
                && text.length() > 1
                && (Character.isDigit(text.charAt(1)) || text.charAt(1) == '.'));
    if (!numeric) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isDigit(c) && "._:+-eExXoObBaAcCdDfF".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Characters YAML lets a plain or single-quoted scalar hold as they are. */
  static boolean printable(char c) {
    if (c == '\t') {
      return true;
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
      return false;
    }
    return c != '\u2028' && c != '\u2029' && c != '\uFEFF' && c != '\uFFFE' && c != '\uFFFF';
  }
}
