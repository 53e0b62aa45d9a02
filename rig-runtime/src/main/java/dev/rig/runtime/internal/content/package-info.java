/**
 * How required content is normalized, compared with a file's content and merged into it as
 * edits. Tree formats (YAML, JSON, TOML, XML, properties) share {@link
 * dev.rig.runtime.internal.content.Normalizer}, {@link
 * dev.rig.runtime.internal.content.Containment} and {@link
 * dev.rig.runtime.internal.content.Merger}; line-based formats use {@link
 * dev.rig.runtime.internal.content.RequiredLines} and {@link
 * dev.rig.runtime.internal.content.LineEdits}.
 *
 * <p>Not API: public only so that {@code dev.rig.runtime.format} and the engine can reach it; it
 * may change in any release.
 */
package dev.rig.runtime.internal.content;
