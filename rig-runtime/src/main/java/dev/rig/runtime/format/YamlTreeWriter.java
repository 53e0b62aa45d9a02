package dev.rig.runtime.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rig.runtime.content.Numbers;
import dev.rig.runtime.content.Tagged;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes a tree of the content model as a YAML document. */
final class YamlTreeWriter {

  /**
   * Jackson's generator drops the tag of a single value, so a tagged value is written as this
   * placeholder (a plain YAML scalar) and replaced by its YAML afterwards.
   */
  private static final String PLACEHOLDER = "rig-tagged-value-%d-7c1e";

  /** Text that reads back as itself after a tag, without quotes. */
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*");

  private final List<Tagged> tagged = new ArrayList<>();

  private YamlTreeWriter() {}

  static String write(Map<String, Object> content) {
    return new YamlTreeWriter().render(content);
  }

  private String render(Map<String, Object> content) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = YamlSyntax.FACTORY.createGenerator(text)) {
      JacksonTreeWriter.write(generator, content, YamlTreeWriter::number, this::placeholder);
    } catch (IOException e) {
      throw new UncheckedIOException("writing YAML to a string", e);
    }
    String yaml = text.toString();
    for (int i = 0; i < tagged.size(); i++) {
      String placeholder = placeholder(i);
      int at = yaml.indexOf(placeholder);
      if (at < 0 || at != yaml.lastIndexOf(placeholder)) {
        throw new IllegalStateException("cannot place the tagged value " + tagged.get(i));
      }
      yaml =
          yaml.substring(0, at) + yamlOf(tagged.get(i)) + yaml.substring(at + placeholder.length());
    }
    return Text.endWithLineBreak(yaml);
  }

  private String placeholder(Tagged value) {
    tagged.add(value);
    return placeholder(tagged.size() - 1);
  }

  private static String placeholder(int index) {
    return PLACEHOLDER.replace("%d", Integer.toString(index));
  }

  /** {@code !!python/name:x}, {@code !Ref 'Bucket'}. */
  private static String yamlOf(Tagged value) {
    if (value.value().isEmpty()) {
      return value.writtenTag();
    }
    return value.writtenTag() + " " + quoted(value.value());
  }

  /** Plain where that is safe, single quotes where they suffice, else double quotes. */
  private static String quoted(String text) {
    if (PLAIN.matcher(text).matches()) {
      return text;
    }
    boolean plainEnough = text.chars().allMatch(c -> c >= 0x20 && c != 0x7F);
    if (plainEnough) {
      return "'" + text.replace("'", "''") + "'";
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> quoted.append("\\\\");
        case '"' -> quoted.append("\\\"");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            quoted.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  private static String number(Number number) {
    if (Numbers.isFinite(number)) {
      return Numbers.literal(number);
    }
    double value = number.doubleValue();
    if (Double.isNaN(value)) {
      return ".nan";
    }
    return value > 0 ? ".inf" : "-.inf";
  }
}
