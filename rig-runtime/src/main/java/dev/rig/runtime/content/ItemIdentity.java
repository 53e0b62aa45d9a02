package dev.rig.runtime.content;

import dev.rig.runtime.internal.content.MavenArtifacts;
import dev.rig.runtime.internal.content.Scalars;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which item of an existing list a required list item <em>is</em>, so that lists of maps
 * merge by identity rather than by position: a user's dependency with a raised version is the
 * required dependency, updated, not a second one.
 *
 * <p>A required item that has no identity under the rule is matched by its content instead: some
 * distinct item of the existing list must contain it.
 *
 * <p>{@link #defaults()} is what every tree format uses; override {@code
 * TreeConfigFile.itemIdentity()} to change it for one file, e.g. {@code
 * ItemIdentity.field("uses").or(ItemIdentity.defaults())}.
 */
public interface ItemIdentity {

  /** Whether {@code required} has an identity under this rule. */
  boolean identifies(Map<String, Object> required);

  /**
   * Whether {@code actual} is the item that {@code required} names. Called only when {@link
   * #identifies(Map) identifies(required)}.
   */
  boolean sameItem(Map<String, Object> required, Map<String, Object> actual);

  /** This rule where it identifies the required item, else {@code fallback}. */
  default ItemIdentity or(ItemIdentity fallback) {
    ItemIdentity first = this;
    Objects.requireNonNull(fallback, "fallback");
    return new ItemIdentity() {
      @Override
      public boolean identifies(Map<String, Object> required) {
        return first.identifies(required) || fallback.identifies(required);
      }

      @Override
      public boolean sameItem(Map<String, Object> required, Map<String, Object> actual) {
        return first.identifies(required)
            ? first.sameItem(required, actual)
            : fallback.sameItem(required, actual);
      }
    };
  }

  /**
   * Maven coordinates, then {@code id}, then {@code name}: a dependency or plugin is identified by
   * its coordinates, a GitHub workflow step by its {@code id}, else by its {@code name}.
   */
  static ItemIdentity defaults() {
    return maven().or(field("id")).or(field("name"));
  }

  /**
   * Maven coordinates: items with an {@code artifactId} are the same when {@code groupId}, {@code
   * artifactId}, {@code type} and {@code classifier} agree, with Maven's defaults for the missing
   * ones ({@code org.apache.maven.plugins}, {@code jar}, none).
   */
  static ItemIdentity maven() {
    return new ItemIdentity() {
      @Override
      public boolean identifies(Map<String, Object> required) {
        return MavenArtifacts.isArtifact(required);
      }

      @Override
      public boolean sameItem(Map<String, Object> required, Map<String, Object> actual) {
        return MavenArtifacts.sameArtifact(required, actual);
      }
    };
  }

  /** Items with the scalar field {@code key} are the same when its values are equal. */
  static ItemIdentity field(String key) {
    Objects.requireNonNull(key, "key");
    return new ItemIdentity() {
      @Override
      public boolean identifies(Map<String, Object> required) {
        return required.containsKey(key) && Scalars.isScalar(Scalars.single(required.get(key)));
      }

      @Override
      public boolean sameItem(Map<String, Object> required, Map<String, Object> actual) {
        return actual.containsKey(key)
            && Scalars.sameValue(
                Scalars.single(required.get(key)), Scalars.single(actual.get(key)));
      }
    };
  }

  /** No identity: every list item is matched by its content. */
  static ItemIdentity none() {
    return new ItemIdentity() {
      @Override
      public boolean identifies(Map<String, Object> required) {
        return false;
      }

      @Override
      public boolean sameItem(Map<String, Object> required, Map<String, Object> actual) {
        return false;
      }
    };
  }
}
