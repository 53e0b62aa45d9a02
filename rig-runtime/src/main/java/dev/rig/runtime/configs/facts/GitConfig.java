package dev.rig.runtime.configs.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The entries of one git config file ({@code .git/config}, {@code ~/.gitconfig}), read as text so
 * that rig never spawns a {@code git} process: running rig must not depend on git being installed,
 * and must not cost a process start on every test run.
 *
 * <p>Only what rig reads is supported: sections, quoted subsections, {@code key = value} lines,
 * comments and quoted values. Includes are not followed.
 */
final class GitConfig {

  private static final GitConfig EMPTY = new GitConfig(Map.of());

  /** {@code section.subsection.key} (section and key lower-cased, as git compares them) → value. */
  private final Map<String, String> entries;

  private GitConfig(Map<String, String> entries) {
    this.entries = entries;
  }

  /** The config in {@code file}, or an empty config when the file is missing or unreadable. */
  public static GitConfig read(Path file) {
    if (!Files.isRegularFile(file)) {
      return EMPTY;
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // A config rig cannot read gives no facts; the caller falls back to its next source.
      return EMPTY;
    }
  }

  /** Parses the text of a git config file; lines rig does not understand are skipped. */
  public static GitConfig parse(String text) {
    Map<String, String> entries = new LinkedHashMap<>();
    String section = "";
    for (String raw : text.split("\r?\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        int end = line.indexOf(']');
        if (end > 0) {
          section = sectionName(line.substring(1, end));
        }
        continue;
      }
      int equals = line.indexOf('=');
      String key = (equals < 0 ? line : line.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
      String value = equals < 0 ? "true" : unquote(line.substring(equals + 1).strip());
      if (!section.isEmpty() && !key.isEmpty()) {
        // git lets a later entry win for single-valued keys; so do we.
        entries.put(section + "." + key, value);
      }
    }
    return new GitConfig(entries);
  }

  /** The value of {@code section.key} or {@code section.subsection.key}. */
  public Optional<String> get(String section, String subsection, String key) {
    String name =
        section.toLowerCase(Locale.ROOT)
            + (subsection == null ? "" : "." + subsection)
            + "."
            + key.toLowerCase(Locale.ROOT);
    return Optional.ofNullable(entries.get(name)).filter(value -> !value.isBlank());
  }

  /** The names of the subsections of {@code section}, in file order: the remotes, for example. */
  public List<String> subsections(String section) {
    String prefix = section.toLowerCase(Locale.ROOT) + ".";
    List<String> names = new ArrayList<>();
    for (String name : entries.keySet()) {
      if (name.startsWith(prefix)) {
        String rest = name.substring(prefix.length());
        int lastDot = rest.lastIndexOf('.');
        if (lastDot > 0) {
          String subsection = rest.substring(0, lastDot);
          if (!names.contains(subsection)) {
            names.add(subsection);
          }
        }
      }
    }
    return names;
  }

  /** {@code remote "origin"} → {@code remote.origin}; {@code user} → {@code user}. */
  private static String sectionName(String header) {
    String trimmed = header.strip();
    int quote = trimmed.indexOf('"');
    if (quote < 0) {
      // The legacy form [section.subsection] lower-cases the subsection too.
      return trimmed.toLowerCase(Locale.ROOT);
    }
    String section = trimmed.substring(0, quote).strip().toLowerCase(Locale.ROOT);
    String subsection = trimmed.substring(quote + 1);
    if (subsection.endsWith("\"")) {
      subsection = subsection.substring(0, subsection.length() - 1);
    }
    return section + "." + subsection.replace("\\\"", "\"").replace("\\\\", "\\");
  }

  /** Removes surrounding quotes and a trailing comment, and resolves git's simple escapes. */
  private static String unquote(String value) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else if (!quoted && (c == '#' || c == ';')) {
        break;
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }
}
