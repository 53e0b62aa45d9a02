package dev.rig.runtime.content;

import java.util.Objects;

/**
 * A YAML value with an application tag, such as mkdocs-material's {@code emoji_index:
 * !!python/name:material.extensions.emoji.twemoji}. rig does not interpret it: it compares equal to
 * the same tag with the same text, and a rewrite writes it back as it was.
 *
 * @param tag the full tag: {@code tag:yaml.org,2002:python/name:...} for {@code !!python/name:...},
 *     {@code Ref} for {@code !Ref}
 * @param value the text after the tag, {@code ""} when there is none
 */
public record Tagged(String tag, String value) {

  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

  public Tagged {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(value, "value");
    if (tag.isEmpty()) {
      throw new IllegalArgumentException("a tag cannot be empty");
    }
  }

  /** A value tagged the way it is written in YAML: {@code "!!python/name:x"} or {@code "!Ref"}. */
  public static Tagged of(String writtenTag, String value) {
    if (writtenTag.startsWith("!!")) {
      return new Tagged(YAML_TAG_PREFIX + writtenTag.substring(2), value);
    }
    if (writtenTag.startsWith("!")) {
      return new Tagged(writtenTag.substring(1), value);
    }
    throw new IllegalArgumentException("a YAML tag starts with ! or !!, not " + writtenTag);
  }

  /**
   * The tag as YAML writes it: {@code !!python/name:x}, {@code !Ref}, {@code !<tag:a.b,2000:c>}.
   */
  public String writtenTag() {
    if (tag.startsWith(YAML_TAG_PREFIX)) {
      return "!!" + tag.substring(YAML_TAG_PREFIX.length());
    }
    if (tag.contains(":")) {
      return "!<" + tag + ">";
    }
    return "!" + tag;
  }

  @Override
  public String toString() {
    return value.isEmpty() ? writtenTag() : writtenTag() + " " + value;
  }
}
