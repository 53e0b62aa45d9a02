package dev.rig.runtime.internal.cli;

/** Colours for a terminal, or plain text when colour is off. */
final class Style {

  private static final String RESET = "\u001B[0m";

  private final boolean colour;

  Style(boolean colour) {
    this.colour = colour;
  }

  String green(String text) {
    return paint("\u001B[32m", text);
  }

  String yellow(String text) {
    return paint("\u001B[33m", text);
  }

  String red(String text) {
    return paint("\u001B[31m", text);
  }

  String cyan(String text) {
    return paint("\u001B[36m", text);
  }

  String bold(String text) {
    return paint("\u001B[1m", text);
  }

  /** A unified diff with removed lines red, added lines green and hunk headers cyan. */
  String diff(String diff) {
    if (!colour) {
      return diff;
    }
    StringBuilder out = new StringBuilder();
    for (String line : diff.split("\n", -1)) {
      if (line.startsWith("---") || line.startsWith("+++")) {
        out.append(bold(line));
      } else if (line.startsWith("@@")) {
        out.append(cyan(line));
      } else if (line.startsWith("-")) {
        out.append(red(line));
      } else if (line.startsWith("+")) {
        out.append(green(line));
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
