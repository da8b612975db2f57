package org.pravasi.registry.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decodes an uploaded CSV as strict UTF-8 (a byte-order mark is allowed and dropped); other encodings are refused. */
public final class CsvText {
    private CsvText() {}

    /** The text of {@code bytes}, or the finding that explains why it is not UTF-8. */
    public static Parsed<String> decode(String file, byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return refuse(file, "The file is UTF-16 encoded.");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer out = decoder.decode(in);
            String text = out.toString();
            if (text.indexOf('\u0000') >= 0) {
                return refuse(
                        file,
                        "The file contains NUL bytes: it looks like a binary file (a spreadsheet?), not CSV text.");
            }
            return Parsed.of(text, List.of());
        } catch (MalformedInputException e) {
            long offset = in.position();
            long line = 1;
            for (int i = start; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return Parsed.failed(
                    List.of(
                            Finding.error(
                                    file,
                                    line,
                                    "",
                                    "",
                                    "The file is not UTF-8: byte " + offset + " (line " + line
                                            + ") is not valid UTF-8 — probably Windows-1252 or ISO-8859-1.",
                                    "Save the file as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8; LibreOffice: Character set Unicode (UTF-8)).")));
        } catch (CharacterCodingException e) {
            return refuse(file, "The file could not be decoded as UTF-8.");
        }
    }

    private static Parsed<String> refuse(String file, String problem) {
        return Parsed.failed(
                List.of(
                        Finding.error(
                                file,
                                "",
                                problem,
                                "Save the file as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8; LibreOffice: Character set Unicode (UTF-8)).")));
    }
}
