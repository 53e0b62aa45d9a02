package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.internal.content.Scalars;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code .properties} file that takes edits in place. Comments, blank lines, the order of keys,
 * separators ({@code =}, {@code :} or a space), continuation lines and escapes of every entry no
 * edit names stay as they are. A value that is set replaces only the value as written (its
 * continuation lines too); a new entry is a line of its own after the entry before it, with the
 * separator the file uses and, when the file already holds characters outside ASCII, those
 * characters as they are (else as {@code \\uXXXX}).
 */
final class PropertiesDocument implements Document<Map<String, Object>> {

  private final String text;
  private final List<PropertiesReader.Entry> entries;
  private final Map<String, Object> content = new LinkedHashMap<>();
  private final String separator;
  private final boolean asciiOnly;

  PropertiesDocument(String text) throws MalformedFileException {
    this.text = text;
    this.entries = PropertiesReader.entries(text);
    for (PropertiesReader.Entry entry : entries) {
      content.put(entry.key(), entry.value());
    }
    this.separator = separatorOf(text, entries);
    this.asciiOnly = text.chars().allMatch(c -> c <= 0x7E);
  }

  @Override
  public Map<String, Object> content() {
    return content;
  }

  @Override
  public String apply(List<Edit> edits) {
    if (edits.isEmpty()) {
      return text;
    }
    List<String> keys = new ArrayList<>(content.keySet());
    Set<String> added = new HashSet<>();
    Splices splices = new Splices();
    for (Edit edit : edits) {
      if (edit instanceof Edit.Add add) {
        if (!add.path().isEmpty() || !add.isEntry()) {
          throw new IllegalArgumentException(
              "a properties file has only top-level keys, not " + edit);
        }
        if (content.containsKey(add.key()) || !added.add(add.key())) {
          throw new IllegalArgumentException("the file already has the key " + add.key());
        }
        if (add.before() > keys.size()) {
          throw new IllegalArgumentException(
              "cannot add before " + add.before() + " in a file of " + keys.size() + " keys");
        }
        add(add, keys, splices);
      } else {
        String key = keyOf(edit);
        if (edit instanceof Edit.Set set) {
          set(last(key), set.value(), splices);
        } else {
          for (PropertiesReader.Entry entry : entries) {
            if (entry.key().equals(key)) {
              splices.delete(entry.start(), entry.end());
            }
          }
        }
      }
    }
    return splices.apply(text);
  }

  private void set(PropertiesReader.Entry entry, Object value, Splices splices) {
    StringBuilder written = new StringBuilder();
    PropertiesWriter.escape(Scalars.text(value), false, asciiOnly, written);
    if (entry.keyEnd() == entry.valueStart()) {
      // A key alone on its line has no separator yet.
      splices.replace(entry.keyEnd(), entry.contentEnd(), separator + written);
    } else {
      splices.replace(entry.valueStart(), entry.contentEnd(), written.toString());
    }
  }

  /** A new line after the entry before it, or before the first entry, or at the end. */
  private void add(Edit.Add add, List<String> keys, Splices splices) {
    StringBuilder line = new StringBuilder();
    PropertiesWriter.escape(add.key(), true, asciiOnly, line);
    line.append(separator);
    PropertiesWriter.escape(Scalars.text(add.value()), false, asciiOnly, line);
    int at;
    if (keys.isEmpty()) {
      at = text.length();
    } else if (add.before() == 0) {
      at = first(keys.get(0)).start();
    } else {
      at = first(keys.get(add.before() - 1)).end();
    }
    if (at == text.length() && !text.isEmpty() && !text.endsWith("\n")) {
      // The file ends without a line break, and keeps ending without one.
      splices.insert(at, "\n" + line);
    } else {
      splices.insert(at, line.append('\n').toString());
    }
  }

  private static String keyOf(Edit edit) {
    if (edit.path().size() != 1 || !(edit.path().get(0) instanceof String key)) {
      throw new IllegalArgumentException("a properties file has only top-level keys, not " + edit);
    }
    return key;
  }

  private PropertiesReader.Entry first(String key) {
    for (PropertiesReader.Entry entry : entries) {
      if (entry.key().equals(key)) {
        return entry;
      }
    }
    throw new IllegalArgumentException("no key " + key + " in the file");
  }

  /** The entry that gives {@code key} its value: the last one that names it. */
  private PropertiesReader.Entry last(String key) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).key().equals(key)) {
        return entries.get(i);
      }
    }
    throw new IllegalArgumentException("no key " + key + " in the file");
  }

  /** The separator of the first entry written on one line with one, else {@code =}. */
  private static String separatorOf(String text, List<PropertiesReader.Entry> entries) {
    for (PropertiesReader.Entry entry : entries) {
      String separator = entry.separator(text);
      if (!separator.isEmpty() && separator.indexOf('\\') < 0 && separator.indexOf('\n') < 0) {
        return separator;
      }
    }
    return "=";
  }
}
