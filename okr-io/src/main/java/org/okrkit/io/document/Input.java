package org.okrkit.io.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Brings a document into memory as text, never more than the size limit allows. */
public final class Input {
  private static final int CHUNK = 64 * 1024;

  private Input() {}

  /** The text of a file, decoded from UTF-8. */
  public static String of(Path file, long maxBytes, Problems problems) throws IOException {
    // the size on disk is checked first, so that a huge file is never opened for reading
    if (Files.size(file) > maxBytes) {
      throw tooLarge(maxBytes, problems);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return of(in, maxBytes, problems);
    }
  }

  /** The text of a stream, decoded from UTF-8; reads at most one byte past the limit. */
  public static String of(InputStream in, long maxBytes, Problems problems) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    long total = 0;
    while (true) {
      int want = (int) Math.min(CHUNK, maxBytes + 1 - total);
      int n = in.read(chunk, 0, want);
      if (n < 0) {
        break;
      }
      total += n;
      if (total > maxBytes) {
        throw tooLarge(maxBytes, problems);
      }
      bytes.write(chunk, 0, n);
    }
    return decode(bytes.toByteArray(), problems);
  }

  /** {@code text} itself, once its UTF-8 size is known to be within the limit. */
  public static String of(String text, long maxBytes, Problems problems) {
    if (text.length() > maxBytes || utf8Length(text) > maxBytes) {
      throw tooLarge(maxBytes, problems);
    }
    return stripBom(text);
  }

  private static Problems.Stop tooLarge(long maxBytes, Problems problems) {
    return problems.stop(0, 0, "", "limit.bytes", Map.of("limit", maxBytes));
  }

  private static String decode(byte[] bytes, Problems problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      CharBuffer chars = decoder.decode(in);
      return stripBom(chars.toString());
    } catch (MalformedInputException e) {
      throw invalid(bytes, in.position(), problems);
    } catch (CharacterCodingException e) {
      throw invalid(bytes, in.position(), problems);
    }
  }

  private static Problems.Stop invalid(byte[] bytes, int at, Problems problems) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return problems.stop(line, at - lineStart + 1, "", "input.notUtf8", Map.of("byte", at + 1));
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static long utf8Length(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
