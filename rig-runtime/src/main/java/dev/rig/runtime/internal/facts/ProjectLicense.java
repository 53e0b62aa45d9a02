package dev.rig.runtime.internal.facts;

import dev.rig.runtime.Project;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The licence file a project already has, and which licence it states: {@code LICENSE}, else
 * {@code LICENSE.txt}, {@code LICENSE.md}, {@code COPYING} (the names GitHub recognises).
 */
public final class ProjectLicense {

  /** The names rig recognises, in the order it looks for them. */
  public static final List<String> FILE_NAMES =
      List.of("LICENSE", "LICENSE.txt", "LICENSE.md", "COPYING");

  /** The licence rig's default writes. */
  public static final String MIT = "MIT";

  private static final String SPDX_TAG = "spdx-license-identifier:";

  private final String fileName;
  private final Optional<String> text;

  private ProjectLicense(String fileName, Optional<String> text) {
    this.fileName = fileName;
    this.text = text;
  }

  /** The project's licence file in the state being planned; {@code LICENSE} when it has none. */
  public static ProjectLicense of(Project project) {
    for (String name : FILE_NAMES) {
      Optional<String> text = project.currentText(name);
      if (text.isPresent()) {
        return new ProjectLicense(name, text);
      }
    }
    return new ProjectLicense(FILE_NAMES.get(0), Optional.empty());
  }

  /** The file's name: the existing one's, else {@code LICENSE}. */
  public String fileName() {
    return fileName;
  }

  /** The existing file's text, if there is one. */
  public Optional<String> text() {
    return text;
  }

  /**
   * The SPDX id of the licence the existing file states ({@code MIT}, {@code Apache-2.0}, ...), as
   * far as its first lines tell; {@code MIT} for a project without one (rig writes it); empty for a
   * text rig does not recognise.
   */
  public Optional<String> spdxId() {
    if (text.isEmpty()) {
      return Optional.of(MIT);
    }
    Optional<String> tagged =
        text.get().lines()
            .map(String::strip)
            .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(SPDX_TAG))
            .map(line -> line.substring(SPDX_TAG.length()).strip())
            .filter(id -> !id.isEmpty())
            .findFirst();
    if (tagged.isPresent()) {
      return tagged;
    }
    String head = text.get().lines().limit(12).reduce("", (a, b) -> a + " " + b);
    head = head.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (head.contains("mit license") || head.contains("permission is hereby granted, free")) {
      return Optional.of(MIT);
    }
    if (head.contains("apache license") && head.contains("version 2.0")) {
      return Optional.of("Apache-2.0");
    }
    if (head.contains("bsd 3-clause") || head.contains("bsd-3-clause")) {
      return Optional.of("BSD-3-Clause");
    }
    if (head.contains("mozilla public license") && head.contains("2.0")) {
      return Optional.of("MPL-2.0");
    }
    if (head.contains("gnu general public license")) {
      return Optional.of("GPL");
    }
    if (head.contains("eclipse public license")) {
      return Optional.of("EPL");
    }
    return Optional.empty();
  }

  /** Whether the project states a licence other than MIT (or one rig does not recognise). */
  public boolean disagreesWithMit() {
    return !spdxId().equals(Optional.of(MIT));
  }
}
