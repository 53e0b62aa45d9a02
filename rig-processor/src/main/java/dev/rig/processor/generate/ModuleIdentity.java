package dev.rig.processor.generate;

/**
 * What the generated registry says about the project it belongs to.
 *
 * @param packageName where RigRegistry and RigMain are generated
 * @param coordinates {@code groupId:artifactId:version}, or empty
 * @param depth the project's depth
 */
public record ModuleIdentity(String packageName, String coordinates, int depth) {

  public static final String REGISTRY = "RigRegistry";
  public static final String MAIN = "RigMain";

  /** Canonical name of the project's registry. */
  public String registryName() {
    return packageName.isEmpty() ? REGISTRY : packageName + "." + REGISTRY;
  }
}
