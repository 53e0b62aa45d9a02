package dev.rig.processor;

import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The {@code -A} options of rig-processor.
 *
 * @param coordinates {@code -Arig.coordinates=groupId:artifactId:version}, or empty
 * @param packageName {@code -Arig.package=...}: where RigRegistry and RigMain go
 */
record RigOptions(String coordinates, Optional<String> packageName) {

  static final String COORDINATES = "rig.coordinates";
  static final String PACKAGE = "rig.package";
  static final Set<String> ALL = Set.of(COORDINATES, PACKAGE);

  private static final Pattern GAV = Pattern.compile("[^:\\s]+:[^:\\s]+:[^:\\s]+");

  /** The options javac was given, or empty after reporting one that is malformed. */
  static Optional<RigOptions> parse(Map<String, String> options, Reporter reporter) {
    String coordinates = options.getOrDefault(COORDINATES, "");
    coordinates = coordinates == null ? "" : coordinates.strip();
    String packageName = options.get(PACKAGE);
    packageName = packageName == null || packageName.isBlank() ? null : packageName.strip();
    boolean valid = true;
    if (!coordinates.isEmpty() && !GAV.matcher(coordinates).matches()) {
      reporter.report(Message.INVALID_COORDINATES_OPTION, coordinates);
      valid = false;
    }
    if (packageName != null && !SourceVersion.isName(packageName)) {
      reporter.report(Message.INVALID_PACKAGE_OPTION, packageName);
      valid = false;
    }
    return valid
        ? Optional.of(new RigOptions(coordinates, Optional.ofNullable(packageName)))
        : Optional.empty();
  }
}
