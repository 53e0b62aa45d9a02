/**
 * The parts of rig's content model a config or a format base touches. A config may choose how list
 * items are identified ({@link dev.rig.runtime.content.ItemIdentity}) and may require a tagged
 * YAML value ({@link dev.rig.runtime.content.Tagged}). A format base parses text into a {@link
 * dev.rig.runtime.content.Document} and answers a merge with a {@link
 * dev.rig.runtime.content.Merge}: a list of {@link dev.rig.runtime.content.Edit}s the document
 * applies to its text.
 *
 * <p>How content is normalized, compared and merged is not API: it lives in {@code
 * dev.rig.runtime.internal.content}.
 */
package dev.rig.runtime.content;
