package dev.rig.runtime.junit;

import java.util.Locale;

/** What the "project files are in sync" test does with drift: heal it, or only report it. */
enum CheckMode {
  /** Writes the required content, then fails when anything had to change (the default). */
  SYNC,
  /** Writes nothing and fails when anything would change: for CI that must not modify the tree. */
  CHECK;

  /** The value users write for {@link CheckSettings#MODE}: {@code sync} or {@code check}. */
  public String parameterValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  static CheckMode parse(String value) {
    for (CheckMode mode : values()) {
      if (mode.parameterValue().equalsIgnoreCase(value.strip())) {
        return mode;
      }
    }
    throw new RigCheckError(
        CheckSettings.MODE + " must be 'sync' or 'check', but is '" + value + "'.");
  }
}
