/**
 * Facts about a project that a config's override may read: the Git remote ({@link
 * dev.rig.runtime.configs.facts.GitFacts}, from {@code project().git()}), the versions rig pins
 * ({@link dev.rig.runtime.configs.facts.RigVersions}) and the versions the project's parent or
 * imported BOMs already manage ({@link dev.rig.runtime.configs.facts.ManagedVersions}).
 *
 * <p>The other facts rig's defaults use live in {@code dev.rig.runtime.internal.facts}.
 */
package dev.rig.runtime.configs.facts;
