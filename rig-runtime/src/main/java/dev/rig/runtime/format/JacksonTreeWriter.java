package dev.rig.runtime.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rig.runtime.content.Tagged;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writes a tree of the content model to a Jackson streaming generator (JSON and YAML). */
final class JacksonTreeWriter {

  private JacksonTreeWriter() {}

  /**
   * @param numbers the literal text of a number in the format (each format spells NaN and the
   *     infinities its own way, or not at all)
   */
  static void write(JsonGenerator generator, Object value, Function<Number, String> numbers)
      throws IOException {
    write(generator, value, numbers, null);
  }

  /**
   * @param tagged the text that stands for a {@link Tagged} value (which Jackson cannot write), or
   *     null when the format has no tags
   */
  static void write(
      JsonGenerator generator,
      Object value,
      Function<Number, String> numbers,
      Function<Tagged, String> tagged)
      throws IOException {
    if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName((String) entry.getKey());
        write(generator, entry.getValue(), numbers, tagged);
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray();
      for (Object item : list) {
        write(generator, item, numbers, tagged);
      }
      generator.writeEndArray();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof Number number) {
      generator.writeNumber(numbers.apply(number));
    } else if (value == null) {
      generator.writeNull();
    } else if (value instanceof Tagged tag && tagged != null) {
      generator.writeString(tagged.apply(tag));
    } else {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " value: " + value);
    }
  }
}
