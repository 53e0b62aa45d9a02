package dev.rig.runtime.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rig.runtime.content.Numbers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Writes a tree of the content model as a YAML document. */
final class YamlTreeWriter {

  private YamlTreeWriter() {}

  static String write(Map<String, Object> content) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = YamlSyntax.FACTORY.createGenerator(text)) {
      JacksonTreeWriter.write(generator, content, YamlTreeWriter::number);
    } catch (IOException e) {
      throw new UncheckedIOException("writing YAML to a string", e);
    }
    return Text.endWithLineBreak(text.toString());
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
