package dev.rig.runtime.content;

import dev.rig.runtime.internal.content.Edits;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A file's text, parsed by its format, that can take {@link Edit}s. {@link #apply} changes only
 * the nodes the edits name and keeps every other byte as it was: comments, blank lines, order,
 * quoting, indentation, flow or block style. New content follows the file's own style (its indent
 * width, its quote style) and goes where a person would put it.
 *
 * <p>Laws every format keeps, and tests for its corpus:
 *
 * <ul>
 *   <li>{@code apply(List.of())} returns the text it was opened with, byte for byte;
 *   <li>parsing {@code apply(edits)} again gives {@link Edits#apply Edits.apply(content(),
 *       edits)}: the text says what the edits say, by value.
 * </ul>
 *
 * @param <T> the content model of the format
 */
public interface Document<T> {

  /** The content as parsed: what edits' paths address. The caller must not change it. */
  T content();

  /**
   * The text with {@code edits} applied; {@code edits} may be empty.
   *
   * @throws IllegalArgumentException when a path does not address this document's content
   */
  String apply(List<Edit> edits);

  /**
   * A document that applies edits to its content and renders the result whole: for a format that
   * cannot edit its text in place. The text is kept only when there is nothing to apply.
   */
  static <T> Document<T> rerendering(String text, T content, Function<T, String> render) {
    Objects.requireNonNull(render, "render");
    return new Document<>() {
      @Override
      public T content() {
        return content;
      }

      @Override
      public String apply(List<Edit> edits) {
        if (edits.isEmpty()) {
          return text;
        }
        @SuppressWarnings("unchecked")
        T edited = (T) Edits.apply(content, edits);
        return render.apply(edited);
      }
    };
  }
}
