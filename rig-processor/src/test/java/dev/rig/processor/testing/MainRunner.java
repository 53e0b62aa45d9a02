package dev.rig.processor.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a generated main class in a fresh JVM, as {@code java -cp ... RigMain list} would. */
public final class MainRunner {

  private MainRunner() {}

  /** The lines the main class printed; fails the test unless it exits with 0. */
  public static List<String> run(List<File> classpath, String mainClass, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        String.join(File.pathSeparator, classpath.stream().map(File::getPath).toList()),
        mainClass));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertWithMessage("%s\n%s", String.join(" ", command), output)
        .that(process.exitValue()).isEqualTo(0);
    return output.lines().toList();
  }
}
