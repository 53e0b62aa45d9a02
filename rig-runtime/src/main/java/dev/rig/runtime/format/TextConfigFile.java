package dev.rig.runtime.format;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Merge;
import dev.rig.runtime.internal.content.LineMerger;
import dev.rig.runtime.internal.content.RequiredLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A managed plain-text file whose required content is a list of lines ({@code .gitignore},
 * LICENSE). The file is correct when each required line appears, exactly, as a line of the file. A
 * missing line is inserted right after the nearest required line before it, else right before the
 * first required line after it, else at the end; the user's own lines are kept where they are,
 * byte for byte (see {@link RequiredLines}).
 */
public abstract class TextConfigFile extends ConfigFile<List<String>> {

  @Override
  protected String extension() {
    return "txt";
  }

  /** How the lines are read: Markdown keeps code blocks and the title whole. */
  RequiredLines.Syntax syntax() {
    return RequiredLines.Syntax.TEXT;
  }

  /** The lines of the text; the line break that ends the last line makes no extra line. */
  @Override
  protected List<String> parse(String text) throws MalformedFileException {
    if (text.isEmpty()) {
      return new ArrayList<>();
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return new ArrayList<>(Arrays.asList(body.split("\n", -1)));
  }

  @Override
  protected Document<List<String>> open(String text) throws MalformedFileException {
    return new LinesDocument(text, parse(text));
  }

  @Override
  protected String render(List<String> content) {
    if (content.isEmpty()) {
      return "";
    }
    return String.join("\n", content) + "\n";
  }

  @Override
  protected boolean contains(List<String> actual, List<String> required) {
    return RequiredLines.contains(actual, required, syntax());
  }

  @Override
  protected Merge merge(List<String> actual, List<String> base, List<String> required) {
    return LineMerger.merge(actual, base, required, syntax());
  }

  @Override
  protected List<String> normalize(List<String> content) {
    try {
      return RequiredLines.normalize(content, syntax());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(getClass().getName() + ".configs() " + e.getMessage(), e);
    }
  }
}
