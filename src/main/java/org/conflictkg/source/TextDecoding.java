package org.conflictkg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding, so that a binary file is refused with a clear message instead of parsed as noise:
 * UTF-8, or UTF-16 when the file starts with its byte-order mark.
 */
final class TextDecoding {
    private TextDecoding() {}

    /** UTF-16 (big- or little-endian) by its byte-order mark, else UTF-8. */
    static java.nio.charset.Charset charsetOf(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return StandardCharsets.UTF_8;
    }

    /** The text of a file: UTF-16 by its byte-order mark, else strict UTF-8. */
    static String text(byte[] bytes, String origin) {
        java.nio.charset.Charset cs = charsetOf(bytes);
        if (cs == StandardCharsets.UTF_8) return utf8(bytes, origin);
        try {
            String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
            if (s.isBlank()) throw new InputException(origin + ": the file holds only whitespace, there is nothing to read");
            return s;
        } catch (CharacterCodingException e) {
            throw new InputException(origin + ": not valid " + cs.name() + " text, though it starts with that byte-order mark ("
                    + e.getMessage() + ")", e);
        }
    }

    static String utf8(byte[] bytes, String origin) {
        if (bytes.length == 0)
            throw new InputException(origin + ": the file is empty, there is nothing to read");
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++)
            if (bytes[i] == 0)
                throw new InputException(origin + ": this looks like a binary file (NUL byte at offset " + i + "), not wikitext or XML");
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
            if (s.isBlank())
                throw new InputException(origin + ": the file holds only whitespace, there is nothing to read");
            return s;
        } catch (CharacterCodingException e) {
            throw new InputException(origin + ": not valid UTF-8 text (" + e.getMessage() + ")", e);
        }
    }
}
