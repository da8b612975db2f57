package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The upload form's reader: the token first, then the file streamed whatever the chunks, nothing before the token. */
@DisplayName("Upload form reader: token first, file streamed across any chunking")
class FormTokenTest {
    private static final String TYPE = "multipart/form-data; boundary=b0und";

    /** What the reader handed on, in order. */
    private static final class Seen implements FormToken.Parts {
        final List<String> events = new ArrayList<>();
        final ByteArrayOutputStream file = new ByteArrayOutputStream();

        @Override
        public void token(String presented) {
            events.add("token:" + presented);
        }

        @Override
        public void part(String name, String fileName) {
            events.add("part:" + name + ":" + fileName);
        }

        @Override
        public void data(Buffer b) {
            if (events.getLast().startsWith("part:upload")) {
                file.writeBytes(b.getBytes());
            }
        }

        @Override
        public void refused(boolean forged) {
            events.add(forged ? "forged" : "malformed");
        }
    }

    private static byte[] form(String firstName, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--b0und\r\nContent-Disposition: form-data; name=\"" + firstName + "\"\r\n\r\ntok123\r\n"
                        + "--b0und\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes("\r\n--b0und--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Seen feed(byte[] body, Random chunks) {
        Seen seen = new Seen();
        FormToken reader = FormToken.of(TYPE, seen);
        for (int at = 0; at < body.length; ) {
            int n = Math.min(body.length - at, 1 + chunks.nextInt(40));
            reader.feed(Buffer.buffer(java.util.Arrays.copyOfRange(body, at, at + n)));
            at += n;
        }
        assertTrue(seen.events.contains("forged") || reader.complete(), seen.events::toString);
        return seen;
    }

    @Test
    @DisplayName("the file arrives byte for byte however the body is cut, even with CR LF and dashes inside it")
    void fileSurvivesAnyChunking() {
        byte[] file =
                ("district,cases\r\n--b0un,1\r\n\r\n--b0unx\r\n" + "x".repeat(3000)).getBytes(StandardCharsets.UTF_8);
        for (int seed = 0; seed < 50; seed++) {
            Seen seen = feed(form("csrf", file), new Random(seed));
            assertEquals(List.of("token:tok123", "part:upload:a.csv"), seen.events);
            assertArrayEquals(file, seen.file.toByteArray(), "seed " + seed);
        }
    }

    @Test
    @DisplayName("a form whose first part is not the token is refused as forged, and no part is handed on")
    void firstPartMustBeTheToken() {
        Seen seen = feed(form("upload", new byte[100]), new Random(1));
        assertEquals(List.of("forged"), seen.events);
    }

    @Test
    @DisplayName("a body whose first 8 KiB hold no part at all is refused as forged there")
    void noTokenWithinTheFirstBytes() {
        Seen seen = new Seen();
        FormToken reader = FormToken.of(TYPE, seen);
        reader.feed(Buffer.buffer(new byte[FormBody.TOKEN_WITHIN + 1]));
        assertEquals(List.of("forged"), seen.events);
    }
}
