package dev.rig.bench.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code -Xlog:class+load:file=F:none} wrote: every class the JVM loaded and where from,
 * grouped by origin (a jar, a JDK module, a class-data-sharing archive) to show what a start-up
 * path pulls in.
 */
final class ClassLoadLog {

  static final String JDK_ARCHIVE = "JDK, from the default CDS archive";
  static final String APP_ARCHIVE = "from the application CDS archive";
  static final String GENERATED = "generated at run time (lambdas, proxies)";

  private final Map<String, List<String>> classesByOrigin;

  private ClassLoadLog(Map<String, List<String>> classesByOrigin) {
    this.classesByOrigin = classesByOrigin;
  }

  /** The {@code -Xlog} option that writes a log this class can read. */
  static String option(Path file) {
    return "-Xlog:class+load=info:file=" + file + ":none";
  }

  static ClassLoadLog read(Path file) {
    Map<String, List<String>> byOrigin = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int source = line.indexOf(" source: ");
        if (source < 0) {
          continue;
        }
        String name = line.substring(0, source).trim();
        String origin = origin(line.substring(source + " source: ".length()).trim());
        byOrigin.computeIfAbsent(origin, key -> new ArrayList<>()).add(name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ClassLoadLog(byOrigin);
  }

  /** {@code file:/…/jackson-core-2.23.0.jar} → {@code jackson-core-2.23.0.jar}; {@code jrt:/java.xml} → {@code JDK java.xml}. */
  static String origin(String source) {
    if (source.startsWith("shared objects file (top)")) {
      return APP_ARCHIVE;
    }
    if (source.startsWith("shared objects file")) {
      return JDK_ARCHIVE;
    }
    if (source.startsWith("jrt:/")) {
      return "JDK " + source.substring("jrt:/".length());
    }
    if (source.startsWith("file:")) {
      String path = source.substring("file:".length());
      return path.substring(path.lastIndexOf('/') + 1);
    }
    return GENERATED;
  }

  int total() {
    return classesByOrigin.values().stream().mapToInt(List::size).sum();
  }

  int count(String origin) {
    return classesByOrigin.getOrDefault(origin, List.of()).size();
  }

  List<String> classes(String origin) {
    return classesByOrigin.getOrDefault(origin, List.of());
  }

  /** Origins, most classes first. */
  List<String> originsBySize() {
    List<String> origins = new ArrayList<>(classesByOrigin.keySet());
    origins.sort(Comparator.comparing((String origin) -> -count(origin)).thenComparing(origin -> origin));
    return origins;
  }

  /** The classes of one origin counted by package, most first: where in a jar the weight is. */
  Map<String, Integer> packagesOf(String origin) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String name : classes(origin)) {
      int dot = name.lastIndexOf('.');
      counts.merge(dot < 0 ? "" : name.substring(0, dot), 1, Integer::sum);
    }
    return counts;
  }

  /** The classes loaded from outside the JDK's default archive: what an application adds. */
  int outsideJdkArchive() {
    return total() - count(JDK_ARCHIVE);
  }
}
