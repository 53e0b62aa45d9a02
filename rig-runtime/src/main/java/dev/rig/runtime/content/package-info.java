/**
 * rig's content model: how required content is normalized, compared with a file's content and
 * merged into it as {@link dev.rig.runtime.content.Edit}s that a format's {@link
 * dev.rig.runtime.content.Document} applies to its text. Tree formats (YAML, JSON, TOML, XML,
 * properties) share {@link dev.rig.runtime.content.Normalizer}, {@link
 * dev.rig.runtime.content.Containment} and {@link dev.rig.runtime.content.Merger}; line-based
 * formats use {@link dev.rig.runtime.content.RequiredLines} and {@link
 * dev.rig.runtime.content.LineEdits}. {@link dev.rig.runtime.content.ItemIdentity} is the one part
 * a config may change.
 */
package dev.rig.runtime.content;
