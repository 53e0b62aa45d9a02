package dev.rig.runtime.internal.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A second JVM running a test main, on this JVM's own java and class path. */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final Path errLog;

  private ChildJvm(Process process, Path errLog) {
    this.process = process;
    this.errLog = errLog;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
  }

  static ChildJvm start(Path errLog, Class<?> main, String... args) throws IOException {
    return start(errLog, Map.of(), main, args);
  }

  /** A child with {@code env} added to this JVM's environment. */
  static ChildJvm start(Path errLog, Map<String, String> env, Class<?> main, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    // Children only run a few syncs: the quickest start matters more than peak speed.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xshare:auto");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(errLog.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    return new ChildJvm(process, errLog);
  }

  /** The child's next line; fails the test with the child's error output when it ended. */
  String readLine() throws IOException {
    String line = out.readLine();
    if (line == null) {
      throw new AssertionError(
          "the child JVM ended early (exit " + waitFor() + "):\n" + Files.readString(errLog));
    }
    return line;
  }

  void send(String line) throws IOException {
    in.write(line + "\n");
    in.flush();
  }

  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  int waitFor() {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  String errors() throws IOException {
    return Files.readString(errLog);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
