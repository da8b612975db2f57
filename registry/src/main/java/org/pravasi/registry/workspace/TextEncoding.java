package org.pravasi.registry.workspace;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How a text file was decoded, told to the officer: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); without one
 * the file is UTF-8 if it decodes as UTF-8, and Windows-1252 (what Excel on Windows writes as "CSV") otherwise.
 *
 * @param charset the character set used, e.g. {@code UTF-8}, {@code windows-1252}
 * @param byteOrderMark whether a byte-order mark was found (and removed)
 * @param note one sentence for the officer saying which encoding was used and why
 */
public record TextEncoding(String charset, boolean byteOrderMark, String note) {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Checks the parts. */
    public TextEncoding {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(note, "note");
    }

    /** The decoded text and how it was decoded. */
    record Decoded(String text, TextEncoding encoding) {}

    /** Decodes {@code bytes}, choosing the encoding as described above; a byte-order mark is not part of the text. */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(
                    new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                    new TextEncoding("UTF-8", true, "Read as UTF-8 (the file starts with a UTF-8 byte-order mark)."));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    new TextEncoding(
                            "UTF-16LE",
                            true,
                            "Read as UTF-16 little-endian (the file starts with its byte-order mark)."));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    new TextEncoding(
                            "UTF-16BE", true, "Read as UTF-16 big-endian (the file starts with its byte-order mark)."));
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(text, new TextEncoding("UTF-8", false, "Read as UTF-8."));
        } catch (CharacterCodingException e) {
            return new Decoded(
                    new String(bytes, WINDOWS_1252),
                    new TextEncoding(
                            "windows-1252",
                            false,
                            "The file is not valid UTF-8, so it was read as Windows-1252 (what Excel on Windows saves"
                                    + " as \"CSV\"); Hindi text cannot be in such a file. If letters look wrong, save it"
                                    + " again as \"CSV UTF-8\" or upload the .xlsx."));
        }
    }

    /** Whether the bytes look like UTF-16 without a byte-order mark (many zero bytes), which cannot be read safely. */
    static boolean looksLikeBomlessUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        return n >= 4 && zeros * 4 >= n;
    }

    /** Whether the bytes start with a UTF-16 byte-order mark. */
    static boolean hasUtf16Bom(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
