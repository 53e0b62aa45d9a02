package dev.rig.processor.index;

import dev.rig.annotations.RigModuleEntry;

/**
 * Names of the classes rig generates in the marker package. A module's marker is named after its
 * registry, so that the same module always gets the same marker and two modules never share one:
 * {@code _} is escaped as {@code __}, then {@code .} becomes {@code _}, then a suffix says what the
 * class is. {@code com.acme_app.RigRegistry} has the marker
 * {@code com_acme__app_RigRegistry_RigModule}.
 */
public final class IndexNames {

  /** The one package every marker lives in, in every jar. */
  public static final String PACKAGE = RigModuleEntry.INDEX_PACKAGE;

  private static final String MODULE_SUFFIX = "_RigModule";
  private static final String ROUND_SUFFIX = "_RigRound";
  /** What rig-processor 0.1 before the module index wrote: one marker per config. */
  private static final String OLDER_CONFIG_SUFFIX = "_RigIndex";

  private IndexNames() {}

  /** Simple name of the marker that indexes the module whose registry is {@code registryName}. */
  public static String moduleMarker(String registryName) {
    return escape(registryName) + MODULE_SUFFIX;
  }

  /**
   * Simple name of the class rig writes in a round it waits in, for another processor, only to
   * make javac run one more round. It carries no index entry.
   */
  public static String roundPlaceholder(String registryName, int round) {
    return escape(registryName) + ROUND_SUFFIX + round;
  }

  /**
   * Whether a class of the marker package is a module marker, judged by its name alone: the
   * reader looks into no other class of the package.
   */
  public static boolean isModuleMarker(String simpleName) {
    return simpleName.endsWith(MODULE_SUFFIX);
  }

  /** Whether a class of the marker package is a marker of an older rig, one per config. */
  public static boolean isOlderMarker(String simpleName) {
    return simpleName.endsWith(OLDER_CONFIG_SUFFIX);
  }

  static String escape(String canonicalName) {
    return canonicalName.replace("_", "__").replace('.', '_');
  }
}
