package dev.rig.runtime.engine;

import dev.rig.runtime.MalformedFileException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of an existing file as a config sees it (UTF-8, no byte order mark, {@code \n} line
 * breaks), together with what must be put back when rig rewrites it: the mark and the file's
 * line-ending style. A user's CRLF file stays a CRLF file.
 *
 * @param text the content with the mark removed and every CRLF turned into LF
 * @param byteOrderMark whether the file started with a UTF-8 byte order mark
 * @param crlf whether most of the file's line breaks were CRLF
 * @param raw the content as the file holds it (mark included, line breaks as they are), or {@code
 *     null} when that is {@code text} itself
 */
record StoredText(String text, boolean byteOrderMark, boolean crlf, String raw) {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The style of a file that does not exist yet: no mark, LF. */
  static final StoredText NEW_FILE = new StoredText(null, false, false, null);

  private static final String MARK = "\uFEFF";

  /**
   * Decodes a file's bytes strictly: text that is not valid UTF-8 would be corrupted by a rewrite,
   * so it is reported like a syntax error instead.
   */
  static StoredText decode(byte[] bytes) throws MalformedFileException {
    boolean bom = startsWithBom(bytes);
    int start = bom ? BOM.length : 0;
    String raw = decodeUtf8(bytes, start);
    int crlfBreaks = 0;
    int lfBreaks = 0;
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == '\n') {
        if (i > 0 && raw.charAt(i - 1) == '\r') {
          crlfBreaks++;
        } else {
          lfBreaks++;
        }
      }
    }
    String text = crlfBreaks == 0 ? raw : raw.replace("\r\n", "\n");
    boolean asIs = !bom && crlfBreaks == 0;
    return new StoredText(text, bom, crlfBreaks > lfBreaks, asIs ? null : (bom ? MARK : "") + raw);
  }

  /** The current content as the file holds it: mark included, line breaks as they are. */
  String asStored() {
    return raw == null ? text : raw;
  }

  /** Whether new content reaches the file exactly as given (no mark, LF breaks, none mixed). */
  boolean storesAsIs() {
    return raw == null && !byteOrderMark && !crlf;
  }

  /** New content (LF line breaks) as the file will hold it, decoded: mark and line breaks. */
  String styled(String newText) {
    String styled = crlf ? newText.replace("\n", "\r\n") : newText;
    return byteOrderMark ? MARK + styled : styled;
  }

  /** New content (LF line breaks) as the bytes to write, in this file's style. */
  byte[] encode(String newText) {
    return styled(newText).getBytes(StandardCharsets.UTF_8);
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= BOM.length
        && bytes[0] == BOM[0]
        && bytes[1] == BOM[1]
        && bytes[2] == BOM[2];
  }

  private static String decodeUtf8(byte[] bytes, int start) throws MalformedFileException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw invalidUtf8(bytes, start, in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw invalidUtf8(bytes, start, in.position());
    }
    out.flip();
    return out.toString();
  }

  private static MalformedFileException invalidUtf8(byte[] bytes, int start, int badOffset) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < badOffset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    // The column counts characters, as an editor does; the bytes before the bad one decode.
    int column =
        new String(bytes, lineStart, badOffset - lineStart, StandardCharsets.UTF_8).length() + 1;
    String hex = Integer.toHexString(bytes[badOffset] & 0xFF).toUpperCase(Locale.ROOT);
    return new MalformedFileException(
        line, column, "not valid UTF-8 (byte 0x" + hex + "); rig reads and writes UTF-8 only");
  }
}
