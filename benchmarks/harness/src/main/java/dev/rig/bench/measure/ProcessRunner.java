package dev.rig.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a process and times it from {@code start()} to its exit: the whole cost a user waits for,
 * JVM start-up included. Output goes to a log file, not a pipe, so that reading it cannot slow the
 * process down; the log is what an error message points to.
 */
public final class ProcessRunner {

  private static final long TIMEOUT_MINUTES = 5;

  private final Path logDir;
  private int counter;
  private Path lastLog;

  public ProcessRunner(Path logDir) {
    this.logDir = logDir;
  }

  /** Runs the command once and returns its wall-clock time in milliseconds. */
  public double time(Command command) {
    Path log = logDir.resolve(String.format("run-%05d.log", ++counter));
    lastLog = log;
    try {
      Files.createDirectories(logDir);
      Files.writeString(logDir.resolve(log.getFileName() + ".cmd"), String.join(" ", command.args()) + "\n");
      ProcessBuilder builder =
          new ProcessBuilder(command.args())
              .directory(command.workingDir().toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(command.env());
      long start = System.nanoTime();
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new BenchmarkFailure("timed out after " + TIMEOUT_MINUTES + " min: " + render(command.args()), log);
      }
      long elapsed = System.nanoTime() - start;
      if (process.exitValue() != command.expectedExit()) {
        throw new BenchmarkFailure(
            "exit " + process.exitValue() + " (expected " + command.expectedExit() + "): "
                + render(command.args()),
            log);
      }
      return elapsed / 1_000_000.0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs the command once, not timed, and returns what it printed. */
  public String output(Command command) {
    time(command);
    return lastOutput();
  }

  /** What the last process printed. */
  public String lastOutput() {
    try {
      return Files.readString(lastLog, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The command line, with class paths and the java binary's folder left out: fit for a table. */
  static String render(List<String> args) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (i == 0) {
        arg = arg.substring(arg.lastIndexOf('/') + 1);
      } else if (args.get(i - 1).equals("-cp") || args.get(i - 1).equals("-classpath")
          || args.get(i - 1).equals("-processorpath")) {
        arg = "…";
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(arg);
    }
    return text.toString();
  }
}
