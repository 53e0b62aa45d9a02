package dev.rig.runtime;

/** Test stub of rig-runtime's Contribution: the same signatures. */
public abstract class Contribution<C extends ConfigFile<?>> {

  protected abstract Object configs();
}
