/**
 * rig's own contract with the code rig-processor generates: the {@code RigRegistry} of every
 * project implements {@link dev.rig.runtime.internal.ConfigRegistry} and lists its configs and
 * contributions as {@link dev.rig.runtime.internal.RegisteredConfig} and {@link
 * dev.rig.runtime.internal.RegisteredContribution}. It also holds the types only the engine
 * uses across packages: {@link dev.rig.runtime.internal.ProjectState} (where a project's facts
 * come from during a run) and {@link dev.rig.runtime.internal.ContributionException} (a
 * contribution the engine reports as a problem before it writes anything).
 *
 * <p>Not API: nothing here is meant to be written or called by hand, and any of it may change in
 * any release, together with the processor that generates code against it. What users subclass
 * and call lives in {@code dev.rig.runtime}, {@code dev.rig.runtime.format} and {@code
 * dev.rig.runtime.configs}.
 */
package dev.rig.runtime.internal;
