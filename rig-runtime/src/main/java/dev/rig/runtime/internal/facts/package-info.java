/**
 * Facts rig's own defaults and commands read: the creation date, the module layout, the license,
 * names derived from the pom, the source packages.
 *
 * <p>Not API: public only so that rig's other packages can reach them; any of it may change in
 * any release.
 */
package dev.rig.runtime.internal.facts;
