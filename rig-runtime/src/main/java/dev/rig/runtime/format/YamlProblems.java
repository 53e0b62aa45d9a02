package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** The YAML parser's errors, said in rig's words, at the position the parser found them. */
final class YamlProblems {

  private static final Pattern CANNOT_START =
      Pattern.compile("found character '(.+?)' that cannot start any token.*");
  private static final Pattern UNKNOWN_ESCAPE =
      Pattern.compile("found unknown escape character (\\S+?)\\(\\d+\\)");

  private YamlProblems() {}

  static MalformedFileException translate(YamlEngineException e, YamlText text) {
    if (!(e instanceof MarkedYamlEngineException marked)) {
      int[] end = text.position(text.length());
      return new MalformedFileException(end[0], end[1], clean(e.getMessage()), e);
    }
    Optional<Mark> where = marked.getProblemMark().or(marked::getContextMark);
    int line = where.map(mark -> mark.getLine() + 1).orElse(1);
    int column = where.map(mark -> mark.getColumn() + 1).orElse(1);
    String since = marked.getContextMark()
        .map(mark -> "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1))
        .orElse(null);
    return new MalformedFileException(line, column, words(marked, since), e);
  }

  private static String words(MarkedYamlEngineException e, String since) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    if (problem.startsWith("expected ',' or ']'")) {
      return "the list that opens with '[' at " + since + " is not closed: a ',' or ']' is missing";
    }
    if (problem.startsWith("expected ',' or '}'")) {
      return "the map that opens with '{' at " + since + " is not closed: a ',' or '}' is missing";
    }
    if (problem.startsWith("expected <block end>")) {
      return "this line is not indented like the lines before it: the keys of one map, and the"
          + " dashes of one list, start in one column"
          + (since == null ? "" : " (the block that starts at " + since + ")");
    }
    if (problem.startsWith("found unexpected end of stream") && context.contains("quoted")) {
      return "the quoted text that starts at " + since + " has no closing quote";
    }
    if (problem.contains("'\\t(TAB)'")) {
      return "a tab where YAML allows only spaces: indent with spaces";
    }
    if (problem.startsWith("mapping values are not allowed here")) {
      return "a ': ' where no key can start: quote a value that holds ': ', or indent this key"
          + " like the keys around it";
    }
    Matcher cannotStart = CANNOT_START.matcher(problem);
    if (cannotStart.matches()) {
      return "'" + cannotStart.group(1) + "' cannot start a value: quote the value";
    }
    Matcher escape = UNKNOWN_ESCAPE.matcher(problem);
    if (escape.matches()) {
      return "unknown escape \\" + escape.group(1) + " in double-quoted text: write \\\\ for a"
          + " backslash, or use single quotes";
    }
    String words = clean(problem);
    if (!context.isEmpty() && since != null) {
      words += " (" + clean(context) + " that starts at " + since + ")";
    }
    return words;
  }

  /** The parser's own vocabulary, made readable. */
  private static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "the file is not valid YAML";
    }
    return message
        .replace("<stream end>", "the end of the file")
        .replace("<block end>", "the end of a block")
        .replace("'<block mapping start>'", "a new key")
        .replace("'<block sequence start>'", "a new list")
        .replace("<document start>", "'---'")
        .replace("\n", " ")
        .trim();
  }
}
