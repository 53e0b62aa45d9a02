package dev.rig.runtime.format;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.content.ItemIdentity;
import dev.rig.runtime.content.Merge;
import dev.rig.runtime.content.Tagged;
import dev.rig.runtime.internal.content.Containment;
import dev.rig.runtime.internal.content.ContentRules;
import dev.rig.runtime.internal.content.Merger;
import dev.rig.runtime.internal.content.Normalizer;
import java.util.Map;

/**
 * Base of the formats whose content is a tree of maps, lists and scalars (YAML, JSON, TOML, XML,
 * properties). Comparison and merging follow the content model's rules for every such format: see
 * {@link Containment} and {@link Merger}, whose edits each format's document applies to its text.
 */
public abstract class TreeConfigFile extends ConfigFile<Map<String, Object>> {

  /**
   * Which existing list item a required list item is, when lists of maps are compared and merged.
   * Defaults to {@link ItemIdentity#defaults()}: Maven coordinates, else {@code id}, else {@code
   * name}. Override it for a file whose lists name their items another way.
   */
  protected ItemIdentity itemIdentity() {
    return ItemIdentity.defaults();
  }

  @Override
  protected boolean contains(Map<String, Object> actual, Map<String, Object> required) {
    return Containment.contains(actual, required, rules(actual));
  }

  @Override
  protected Merge merge(
      Map<String, Object> actual, Map<String, Object> base, Map<String, Object> required) {
    // Versions kept through a pom property are judged by the value the sync gives the property.
    return Merger.merge(
        actual, base, required, ContentRules.forSync(itemIdentity(), actual, required));
  }

  @Override
  protected Map<String, Object> normalize(Map<String, Object> content) {
    try {
      return Normalizer.normalize(content, this::normalizeScalar);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(getClass().getName() + ".configs() " + e.getMessage(), e);
    }
  }

  /**
   * A scalar of the required content in the form this format stores it. Formats whose values are
   * all text (XML, properties) turn numbers and booleans into text here.
   *
   * @throws IllegalArgumentException when the format cannot hold the value
   */
  protected Object normalizeScalar(Object scalar) {
    if (scalar instanceof Tagged tagged) {
      throw new IllegalArgumentException(
          "the tagged value " + tagged + " can only be written to a YAML file");
    }
    return scalar;
  }

  private ContentRules rules(Map<String, Object> actual) {
    return ContentRules.forDocument(itemIdentity(), actual);
  }
}
