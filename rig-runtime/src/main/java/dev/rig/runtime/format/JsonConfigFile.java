package dev.rig.runtime.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Numbers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A managed {@code .json} file: an object at the top level, written with two-space indents, one
 * entry per line and a final line break.
 */
public abstract class JsonConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "json";
  }

  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    if (text.isBlank()) {
      // Nothing to lose: an empty file is treated as a file without content.
      return new LinkedHashMap<>();
    }
    try (JsonParser parser = JsonSyntax.FACTORY.createParser(text)) {
      return new JacksonTreeReader(parser, "an object").readDocument(false);
    } catch (JsonProcessingException e) {
      throw JacksonTreeReader.malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from a string", e);
    }
  }

  @Override
  protected String render(Map<String, Object> content) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JsonSyntax.FACTORY.createGenerator(text)) {
      generator.setPrettyPrinter(JsonSyntax.prettyPrinter());
      JacksonTreeWriter.write(generator, content, JsonConfigFile::number);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string", e);
    }
    return Text.endWithLineBreak(text.toString());
  }

  @Override
  protected Object normalizeScalar(Object scalar) {
    if (scalar instanceof Number number && !Numbers.isFinite(number)) {
      throw new IllegalArgumentException(
          number + " cannot be written: JSON has no NaN or infinity");
    }
    return super.normalizeScalar(scalar);
  }

  private static String number(Number number) {
    if (!Numbers.isFinite(number)) {
      throw new IllegalArgumentException(
          number + " cannot be written: JSON has no NaN or infinity");
    }
    return Numbers.literal(number);
  }
}
