package dev.rig.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Makes sure the nested builds test this reactor's rig, not whatever an earlier build left in the
 * local repository: every class compiled in {@code target/classes} of rig-annotations,
 * rig-processor and rig-runtime must be in the installed jar, byte for byte. Under the root command
 * {@code mvn install} it is; under {@code mvn verify}, or when another build installed a different
 * rig-runtime meanwhile, the tests stop with what to run.
 */
final class InstalledRig {

  private InstalledRig() {}

  static String version() {
    return required("rig.it.rigVersion");
  }

  static String junitVersion() {
    return required("rig.it.junitVersion");
  }

  /** The JUnit console launcher's standalone jar, copied by rig-it's pom. */
  static Path consoleLauncher() {
    return Path.of(required("rig.it.consoleLauncher"));
  }

  static void verify() throws IOException {
    List<String> stale = new ArrayList<>();
    for (String module : List.of("rig-annotations", "rig-processor", "rig-runtime")) {
      stale.addAll(staleClasses(module));
    }
    if (!stale.isEmpty()) {
      throw new AssertionError(
          "The nested builds would test rig artifacts other than this reactor's: "
              + String.join(", ", stale.subList(0, Math.min(5, stale.size())))
              + (stale.size() > 5 ? " and " + (stale.size() - 5) + " more" : "")
              + ".\nInstall them first: mvn install (the project's test command) or"
              + " mvn install -DskipTests -pl rig-annotations,rig-processor,rig-runtime");
    }
  }

  /** The classes compiled in {@code module}'s target/classes that its installed jar lacks. */
  private static List<String> staleClasses(String module) throws IOException {
    Path classes = Path.of(required("rig.it.reactorRoot"), module, "target", "classes");
    Path jar =
        Path.of(
            required("rig.it.localRepository"),
            "dev",
            "rig",
            module,
            version(),
            module + "-" + version() + ".jar");
    if (!Files.isRegularFile(jar)) {
      return List.of(jar + " does not exist");
    }
    List<String> stale = new ArrayList<>();
    try (ZipFile installed = new ZipFile(jar.toFile());
        Stream<Path> compiled = Files.walk(classes)) {
      for (Path file : compiled.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
        ZipEntry entry = installed.getEntry(name);
        if (entry == null || !sameBytes(installed, entry, file)) {
          stale.add(jar.getFileName() + "!/" + name + (entry == null ? " is missing" : " differs"));
        }
      }
    }
    return stale;
  }

  private static boolean sameBytes(ZipFile jar, ZipEntry entry, Path file) throws IOException {
    try (InputStream in = jar.getInputStream(entry)) {
      return Arrays.equals(in.readAllBytes(), Files.readAllBytes(file));
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          property + " is not set: rig-it's tests run under its pom, which passes it to Surefire.");
    }
    return value;
  }
}
