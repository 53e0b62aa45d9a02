package dev.rig.runtime;

import java.nio.file.Path;

/** Test stub of rig-runtime's ConfigFile: the same hooks, none of the behaviour. */
public abstract class ConfigFile<T> {

  protected abstract T configs();

  protected Path parentPath() {
    return Path.of("");
  }

  protected abstract String extension();

  protected abstract T parse(String text) throws MalformedFileException;

  protected abstract String render(T content);

  protected abstract boolean contains(T actual, T required);

  protected abstract T merge(T actual, T required);

  protected abstract T normalize(T content);
}
