package org.conflictkg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding, so that a binary file is refused with a clear message instead of parsed as noise. */
final class TextDecoding {
    private TextDecoding() {}

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
