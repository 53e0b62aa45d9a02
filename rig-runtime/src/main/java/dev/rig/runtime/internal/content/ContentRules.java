package dev.rig.runtime.internal.content;

import dev.rig.runtime.content.ItemIdentity;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What comparing and merging need to know besides the two trees.
 *
 * @param identity decides which existing list item a required one is
 * @param properties resolves a {@code ${name}} in an existing Maven version before it is compared
 *     with a required floor; returns null for an unknown name
 */
public record ContentRules(ItemIdentity identity, Function<String, String> properties) {

  public ContentRules {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(properties, "properties");
  }

  /** The default identity, and no properties. */
  public static ContentRules defaults() {
    return new ContentRules(ItemIdentity.defaults(), name -> null);
  }

  /**
   * Rules for comparing with an existing document: {@code ${name}} in a version resolves against
   * the document's own Maven properties when it is a pom ({@code project.properties}, {@code
   * project.version}, ...).
   */
  public static ContentRules forDocument(ItemIdentity identity, Map<String, Object> document) {
    return new ContentRules(identity, PomProperties.of(document));
  }

  /**
   * Rules for merging {@code required} into {@code actual}: {@code ${name}} in a version resolves
   * against the pom's properties as they will be after the sync, where the required ones win. A
   * version the user kept through a property is then judged by the value that property will have,
   * so one sync is enough.
   */
  public static ContentRules forSync(
      ItemIdentity identity, Map<String, Object> actual, Map<String, Object> required) {
    return new ContentRules(identity, PomProperties.afterSync(actual, required));
  }
}
