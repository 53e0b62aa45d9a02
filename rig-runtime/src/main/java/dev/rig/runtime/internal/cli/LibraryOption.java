package dev.rig.runtime.internal.cli;

import picocli.CommandLine.Option;

/** {@code --library} of {@code init} and {@code new}: a library of standards, not a service. */
final class LibraryOption {

  @Option(
      names = "--library",
      description =
          "Make a library of standards (other projects depend on it for their configs), not a"
              + " service: a first config class in src/main/java instead of a main class,"
              + " rig-runtime provided and the base a compile dependency.")
  boolean library;
}
