package dev.rig.runtime.format;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import java.util.List;

/** A managed plain-text file whose required content is a list of lines that must be present. */
public abstract class TextConfigFile extends ConfigFile<List<String>> {

  @Override
  protected String extension() {
    return "txt";
  }

  @Override
  protected List<String> parse(String text) throws MalformedFileException {
    throw new UnsupportedOperationException("text format: runtime issue");
  }

  @Override
  protected String render(List<String> content) {
    throw new UnsupportedOperationException("text format: runtime issue");
  }

  @Override
  protected boolean contains(List<String> actual, List<String> required) {
    throw new UnsupportedOperationException("text format: runtime issue");
  }

  @Override
  protected List<String> merge(List<String> actual, List<String> required) {
    throw new UnsupportedOperationException("text format: runtime issue");
  }

  @Override
  protected List<String> normalize(List<String> content) {
    return List.copyOf(content);
  }
}
