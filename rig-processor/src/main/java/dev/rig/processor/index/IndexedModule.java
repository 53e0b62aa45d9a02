package dev.rig.processor.index;

/**
 * A compiled module that generated a registry: rig-runtime itself, a library of configs, or the
 * main output of the module whose tests are being compiled.
 *
 * @param registry canonical name of its generated {@code RigRegistry}
 * @param depth its depth
 * @param coordinates its {@code groupId:artifactId:version}, or empty when unknown
 */
public record IndexedModule(String registry, int depth, String coordinates) {

  /** The package of the module's registry: its base package. */
  public String registryPackage() {
    int dot = registry.lastIndexOf('.');
    return dot < 0 ? "" : registry.substring(0, dot);
  }
}
