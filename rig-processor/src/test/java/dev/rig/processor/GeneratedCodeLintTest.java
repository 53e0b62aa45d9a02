package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;

import com.google.testing.compile.Compilation;
import dev.rig.annotations.RigConfig;
import dev.rig.processor.testing.Goldens;
import dev.rig.processor.testing.PlainJavac;
import dev.rig.processor.testing.RigModule;
import dev.rig.processor.testing.RuntimeStub;
import dev.rig.processor.testing.Sources;
import dev.rig.processor.testing.TestFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code must compile without a single warning under {@code -Xlint:all -Werror}, on the
 * JDK 17 floor and on JDK 25, and the processor must work from a processor path that is not the
 * classpath (the setup JDK 23 and later require).
 */
class GeneratedCodeLintTest {

  private static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
  private static final List<String> STRICT = List.of("-Xlint:all", "-Werror");

  /** Configs that make generated code hard to get right: clashing names, nesting, deprecation. */
  private static List<JavaFileObject> trickySources() {
    return List.of(
        config("com.acme.docs.LoggingConfigFile", YAML),
        config("com.acme.ops.LoggingConfigFile", YAML),
        config("com.acme.List", YAML),
        config("com.acme.RigCli", YAML),
        config("com.acme.Function", YAML),
        config("com.acme.MkdocsConfigFile", RuntimeStub.MKDOCS),
        Sources.legacyConfigs(true));
  }

  @Test
  void clashingNamesAreQualifiedAndDeprecationIsSuppressed(TestInfo test) {
    Compilation compilation = RigModule.project("com.acme:app:1.0.0").compile(
        trickySources().toArray(new JavaFileObject[0]));

    assertThat(compilation).succeededWithoutWarnings();
    Goldens.of(test)
        .assertSource(compilation, "com.acme.RigRegistry")
        .assertSource(compilation, "com.acme.RigMain");
  }

  @Test
  void generatedCodeIsLintCleanOnJdk17(@TempDir Path tmp) throws IOException {
    Path sources = writeSourcesAndGenerated(tmp.resolve("src"));

    List<String> diagnostics =
        PlainJavac.compile(tmp.resolve("classes"), compileClasspath(), STRICT, javaFiles(sources));

    assertThat(diagnostics).isEmpty();
  }

  @Test
  void generatedCodeIsLintCleanOnJdk25(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(JDK_25.resolve("bin/javac")), "JDK 25 not installed");
    Path sources = writeSourcesAndGenerated(tmp.resolve("src"));

    for (String release : List.of("17", "25")) {
      List<String> command = new ArrayList<>(List.of(
          JDK_25.resolve("bin/javac").toString(), "--release", release, "-proc:none",
          "-d", tmp.resolve("classes-" + release).toString(),
          "-cp", classpath(compileClasspath())));
      command.addAll(STRICT);
      javaFiles(sources).forEach(file -> command.add(Path.of(file.toUri()).toString()));

      assertWithMessage("JDK 25 javac --release %s", release).that(run(command)).isEmpty();
    }
  }

  @Test
  void processorRunsOnJdk25FromAProcessorPathAcrossTwoCompilations(@TempDir Path tmp)
      throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(JDK_25.resolve("bin/javac")), "JDK 25 not installed");
    String processorPath = classpath(List.of(
        TestFiles.locationOf(RigProcessor.class),
        TestFiles.locationOf(RigConfig.class)));

    Path base = tmp.resolve("service-base");
    writeSources(base.resolve("src"), List.of(
        config("com.myorg.servicebase.LoggingConfigFile", YAML)));
    assertThat(run(javac25(base, processorPath, "com.myorg:service-base:1.0.0",
        compileClasspath()))).isEmpty();

    Path auth = tmp.resolve("auth-service");
    writeSources(auth.resolve("src"), List.of(
        config("com.myorg.auth.LoggingConfigFile", "com.myorg.servicebase.LoggingConfigFile")));
    List<File> authClasspath = new ArrayList<>(compileClasspath());
    authClasspath.add(base.resolve("classes").toFile());
    assertThat(run(javac25(auth, processorPath, "com.myorg:auth-service:1.0.0", authClasspath)))
        .isEmpty();

    String registry = Files.readString(
        auth.resolve("generated/com/myorg/auth/RigRegistry.java"), StandardCharsets.UTF_8);
    assertThat(registry).contains("public int depth() {\n    return 2;");
    assertThat(registry).contains(
        "\"com.myorg.auth.LoggingConfigFile com.myorg.servicebase.LoggingConfigFile\\n\"");
  }

  private static List<String> javac25(
      Path module, String processorPath, String coordinates, List<File> classpath)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(
        JDK_25.resolve("bin/javac").toString(),
        "--release", "17",
        "-processorpath", processorPath,
        "-Arig.coordinates=" + coordinates,
        "-Xlint:all,-processing", "-Werror",
        "-d", module.resolve("classes").toString(),
        "-s", module.resolve("generated").toString(),
        "-cp", classpath(classpath)));
    Files.createDirectories(module.resolve("generated"));
    javaFiles(module.resolve("src")).forEach(file -> command.add(Path.of(file.toUri()).toString()));
    return command;
  }

  /** The tricky sources and what rig generates for them, as files under {@code dir}. */
  private static Path writeSourcesAndGenerated(Path dir) throws IOException {
    Compilation compilation = RigModule.project("com.acme:app:1.0.0").compile(
        trickySources().toArray(new JavaFileObject[0]));
    assertThat(compilation).succeededWithoutWarnings();
    List<JavaFileObject> all = new ArrayList<>(trickySources());
    all.addAll(compilation.generatedSourceFiles());
    writeSources(dir, all);
    return dir;
  }

  private static void writeSources(Path dir, List<JavaFileObject> files) throws IOException {
    int index = 0;
    for (JavaFileObject file : files) {
      // One folder per file keeps the file name javac checks, whatever the package.
      String name = Path.of(file.toUri().getPath()).getFileName().toString();
      Path target = dir.resolve(String.valueOf(index++)).resolve(name);
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getCharContent(true), StandardCharsets.UTF_8);
    }
  }

  private static List<JavaFileObject> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> paths = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
      return paths.stream()
          .map(path -> (JavaFileObject) new PathSource(path))
          .toList();
    }
  }

  private static List<File> compileClasspath() {
    return List.of(TestFiles.locationOf(RigConfig.class), RuntimeStub.classes().toFile());
  }

  private static String classpath(List<File> entries) {
    return String.join(File.pathSeparator, entries.stream().map(File::getPath).toList());
  }

  /** Runs a command and returns its output lines; fails unless it exits with 0. */
  private static List<String> run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertWithMessage("%s\n%s", String.join(" ", command), output)
        .that(process.exitValue()).isEqualTo(0);
    return output.lines().toList();
  }

  /** A source file on disk, for PlainJavac. */
  private static final class PathSource extends javax.tools.SimpleJavaFileObject {
    private final Path path;

    PathSource(Path path) {
      super(path.toUri(), Kind.SOURCE);
      this.path = path;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
      return Files.readString(path, StandardCharsets.UTF_8);
    }
  }
}
