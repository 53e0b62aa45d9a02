/**
 * rig's content model: how required content is normalized, compared with a file's content and
 * merged into it. Tree formats (YAML, JSON, TOML, XML, properties) share {@link
 * dev.rig.runtime.content.Normalizer}, {@link dev.rig.runtime.content.Containment} and {@link
 * dev.rig.runtime.content.Merger}; line-based formats use {@link
 * dev.rig.runtime.content.RequiredLines}. {@link dev.rig.runtime.content.ItemIdentity} is the one
 * part a config may change.
 */
package dev.rig.runtime.content;
