package dev.rig.runtime.internal.engine;

import dev.rig.runtime.MalformedFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /**
   * The largest file rig reads, 32 MiB: it leaves larger ones alone, as it does broken ones. Formats
   * whose parsers need more time or memory per byte set lower limits of their own.
   */
  static final int MAX_BYTES = 32 << 20;

  /** The style of a file that does not exist yet: no mark, LF. */
  static final StoredText NEW_FILE = new StoredText(null, false, false, null);

  private static final String MARK = "\uFEFF";

  /** A file rig refuses to read: where, what is wrong, and what the user can do. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final MalformedFileException problem;
    private final String advice;

    UnreadableException(MalformedFileException problem, String advice) {
      super(problem.getMessage(), problem);
      this.problem = problem;
      this.advice = advice;
    }

    MalformedFileException problem() {
      return problem;
    }

    String advice() {
      return advice;
    }
  }

  /**
   * Reads and decodes an existing file, of at most {@value #MAX_BYTES} bytes.
   *
   * @throws java.nio.file.NoSuchFileException when there is no such file
   * @throws UnreadableException when the file is too large or not UTF-8
   */
  static StoredText read(Path file) throws IOException, UnreadableException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < MAX_BYTES; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column =
          new String(bytes, lineStart, MAX_BYTES - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new UnreadableException(
          new MalformedFileException(
              line,
              column,
              "the file is larger than rig reads (32 MiB, up to here); it leaves the file as it"
                  + " is"),
          "keep managed files under 32 MiB, or stop managing this one with rig");
    }
    try {
      return decode(bytes);
    } catch (MalformedFileException e) {
      throw new UnreadableException(
          e, "convert the file to UTF-8; rig never rewrites a file it cannot read");
    }
  }

  /**
   * Where {@code text} holds half of a surrogate pair, which UTF-8 cannot encode (Java's encoder
   * would write {@code ?} instead), or -1 when every character can be written.
   */
  static int firstUnwritable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

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

  /** New content (LF line breaks) as the file will hold it, decoded: mark and line breaks. */
  String styled(String newText) {
    String styled = crlf ? newText.replace("\n", "\r\n") : newText;
    return byteOrderMark ? MARK + styled : styled;
  }

  /** The file as it will be once {@code newText} (LF line breaks) is written in this style. */
  StoredText rewrittenAs(String newText) {
    String styled = styled(newText);
    return new StoredText(newText, byteOrderMark, crlf, styled.equals(newText) ? null : styled);
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
