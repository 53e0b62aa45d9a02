package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Tagged;
import java.util.Map;

/**
 * A managed {@code .yaml} file.
 *
 * <p>Read under YAML 1.2's core schema: {@code NO}, {@code yes} and {@code on} are strings,
 * {@code 01234} is the number 1234. An existing file is edited in place: comments, blank lines,
 * order, quotes, indentation, flow or block style, anchors, aliases, tags and any later document
 * keep their bytes; only the values sync changes are written, in the file's own style.
 *
 * <p>A new file is written in block style with two-space indents, lists indented under their key,
 * strings quoted only where a YAML 1.2 or 1.1 reader could take them for something else,
 * multi-line strings as literal blocks, and no {@code ---} document marker. Values with an
 * application tag ({@code !!python/name:...}, {@code !Ref}) are read as {@link Tagged} and written
 * with their tag.
 */
public abstract class YamlConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "yaml";
  }

  /**
   * The content of a file that holds one document. A second document is refused here, because a
   * caller that renders the content whole would drop it; {@link #open} keeps it.
   */
  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    YamlDocument document = YamlDocument.open(text);
    if (document.documents() > 1) {
      int[] at = document.text().position(document.secondDocumentStart());
      throw new MalformedFileException(
          at[0],
          at[1],
          "a second YAML document starts here; rig manages files that hold a single document");
    }
    return document.content();
  }

  /** The file as a document that sync edits in place; its content is the first document. */
  @Override
  protected Document<Map<String, Object>> open(String text) throws MalformedFileException {
    return YamlDocument.open(text);
  }

  @Override
  protected String render(Map<String, Object> content) {
    return new YamlWriter(YamlStyle.DEFAULT).document(content);
  }

  /** YAML alone can hold {@link Tagged} values. */
  @Override
  protected Object normalizeScalar(Object scalar) {
    return scalar instanceof Tagged ? scalar : super.normalizeScalar(scalar);
  }
}
