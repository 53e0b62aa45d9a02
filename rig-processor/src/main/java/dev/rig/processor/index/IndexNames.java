package dev.rig.processor.index;

import dev.rig.annotations.RigIndexEntry;

/**
 * Names of the marker classes. A marker's name is derived from the canonical name it stands for,
 * so that the same config always gets the same marker and two configs never share one: {@code _}
 * is escaped as {@code __}, then {@code .} becomes {@code _}, then a suffix says which kind of
 * marker it is. {@code com.acme.Logging_ConfigFile} becomes
 * {@code com_acme_Logging__ConfigFile_RigIndex}.
 */
public final class IndexNames {

  /** The one package every marker lives in, in every jar. */
  public static final String PACKAGE = RigIndexEntry.INDEX_PACKAGE;

  private static final String CONFIG_SUFFIX = "_RigIndex";
  private static final String MODULE_SUFFIX = "_RigModule";

  private IndexNames() {}

  /** Simple name of the marker that indexes the config class {@code canonicalName}. */
  public static String configMarker(String canonicalName) {
    return escape(canonicalName) + CONFIG_SUFFIX;
  }

  /** Simple name of the marker that records the module whose registry is {@code registryName}. */
  public static String moduleMarker(String registryName) {
    return escape(registryName) + MODULE_SUFFIX;
  }

  static String escape(String canonicalName) {
    return canonicalName.replace("_", "__").replace('.', '_');
  }
}
