package dev.rig.runtime.internal.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The character set this JVM names files in. The JVM takes it from the locale when it starts
 * ({@code sun.jnu.encoding}): under {@code LANG=C} or {@code LC_ALL=C} it is ASCII, on JDK 17 and
 * on JDK 25 alike (JDK 18 made UTF-8 the default for file contents, not for file names), and
 * {@code -Dsun.jnu.encoding} on the command line does not change it. A file name outside that set
 * cannot be used at all, so rig says so instead of blaming the config.
 */
final class FileNameEncoding {

  static final String ADVICE =
      "run rig under a UTF-8 locale, for example with LC_ALL=C.UTF-8 in its environment (the"
          + " config is fine; the JVM takes the encoding of file names from the locale it starts"
          + " in, and -Dsun.jnu.encoding does not change it)";

  private FileNameEncoding() {}

  /** Whether this JVM can name any file: its file-name encoding is a Unicode one. */
  static boolean isUnicode() {
    Charset charset = charset();
    return charset != null
        && (charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-"));
  }

  /** The encoding and where it comes from, for a message. */
  static String describe() {
    String name = System.getProperty("sun.jnu.encoding", "unknown");
    String locale = locale();
    return "it names files in "
        + name
        + " (sun.jnu.encoding"
        + (locale.isEmpty() ? "" : ", from the locale " + locale)
        + ")";
  }

  private static Charset charset() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The environment variable that decides the locale's character set, as {@code NAME=value}. */
  private static String locale() {
    for (String variable : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String value = System.getenv(variable);
      if (value != null && !value.isEmpty()) {
        return variable + "=" + value;
      }
    }
    return "";
  }
}
