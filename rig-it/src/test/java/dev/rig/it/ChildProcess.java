package dev.rig.it;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end, with a time limit, and collects its output. */
public final class ChildProcess {

  /** Generous for a small Maven build on a busy two-core machine; hitting it means a hang. */
  static final Duration TIME_LIMIT = Duration.ofMinutes(5);

  private ChildProcess() {}

  /**
   * Runs {@code command} in {@code directory} with {@code environment} added to this JVM's.
   *
   * @throws IllegalStateException when the process outlives {@link #TIME_LIMIT}; it is killed
   */
  public static ProcessResult run(
      List<String> command, Path directory, Map<String, String> environment)
      throws IOException, InterruptedException {
    // A file, not a pipe: a chatty build can never block on a full pipe while we wait for it.
    Path log = Files.createTempFile("rig-it-", ".log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      process.getOutputStream().close(); // nothing to read: a prompt fails instead of hanging
      if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new IllegalStateException(
            String.join(" ", command)
                + " did not finish within "
                + TIME_LIMIT
                + ":\n"
                + Files.readString(log, outputCharset()));
      }
      return new ProcessResult(
          command, process.exitValue(), Files.readString(log, outputCharset()));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Child processes print in the platform's encoding, which {@code native.encoding} names. */
  private static Charset outputCharset() {
    String name = System.getProperty("native.encoding");
    return name != null && Charset.isSupported(name)
        ? Charset.forName(name)
        : Charset.defaultCharset();
  }

  static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }
}
