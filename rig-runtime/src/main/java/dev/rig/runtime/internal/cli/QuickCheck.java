package dev.rig.runtime.internal.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of {@code check} as a build runs it ({@code check}, {@code --root DIR},
 * {@code --no-color}, {@code -B}/{@code --batch}, {@code --max-diff-lines N}, {@code --patch FILE}),
 * read without picocli: building picocli's model of rig's commands from their annotations loads
 * about 190 classes, a large share of what {@code check} costs in a fresh JVM. Any other word (help,
 * version, an unknown or repeated option, a value that looks like an option, an {@code @file}) is
 * left to picocli, which gives the usual answer or usage error.
 */
final class QuickCheck {

  private QuickCheck() {}

  /** The check to run, its options set; empty when picocli must read this command line. */
  static Optional<CheckCommand> parse(RigCommand rig, String[] args) {
    boolean command = false;
    Path root = null;
    boolean noColor = false;
    boolean batch = false;
    Integer maxDiffLines = null;
    Path patch = null;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      if (!seen.add(name.equals("-B") ? "--batch" : name)) {
        return Optional.empty();
      }
      switch (name) {
        case "check" -> {
          if (value != null) {
            return Optional.empty();
          }
          command = true;
        }
        case "--no-color", "-B", "--batch" -> {
          if (value != null) {
            return Optional.empty();
          }
          noColor |= name.equals("--no-color");
          batch |= !name.equals("--no-color");
        }
        case "--root", "--max-diff-lines", "--patch" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              return Optional.empty();
            }
            value = args[++i];
          }
          if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
            return Optional.empty();
          }
          if (name.equals("--root")) {
            root = path(value);
          } else if (name.equals("--patch")) {
            patch = path(value);
          } else {
            maxDiffLines = number(value);
            if (maxDiffLines == null) {
              return Optional.empty();
            }
          }
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    if (!command || (seen.contains("--root") && root == null) || (seen.contains("--patch") && patch == null)) {
      return Optional.empty();
    }
    rig.options(root, noColor, batch);
    CheckCommand check = new CheckCommand(rig);
    check.maxDiffLines = maxDiffLines == null ? 0 : maxDiffLines;
    check.patch = patch;
    return Optional.of(check);
  }

  /** The path, or null for one the file system refuses (picocli then reports it). */
  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static Integer number(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return null;
      }
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
