package org.pravasi.portal.workspace;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} upload as it arrives, part by part, and holds back every part until the first
 * one, which must be the CSRF token, has been checked: a forged or missing token is refused within the first
 * {@link FormBody#TOKEN_WITHIN} bytes, before anything is written. The parts after it go to a {@link Parts} sink as
 * they stream (never held whole in memory).
 */
final class FormToken {
    /** Where the parts of the form go. */
    interface Parts {
        /** The token part was complete: {@code presented} is what it held. */
        void token(String presented);

        /** A part after the token begins: its field name and file name (null for a plain field). */
        void part(String name, String fileName);

        /** Bytes of the current part's content. */
        void data(Buffer b);

        /** The form did not begin with the token ({@code forged}), or is broken after it. */
        void refused(boolean forged);
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i)[;\\s]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)filename=\"([^\"]*)\"");
    private static final int MAX_HEADERS = 8 * 1024;
    private static final int MAX_TOKEN = 1024;

    private enum State {
        PREAMBLE,
        AFTER_DELIMITER,
        HEADERS,
        CONTENT,
        END
    }

    private final byte[] delimiter;
    private final Parts parts;
    private Buffer pending = Buffer.buffer("\r\n");
    private State state = State.PREAMBLE;
    private int index;
    private boolean inToken;
    private final StringBuilder token = new StringBuilder();
    private long seen;
    private boolean stopped;

    private FormToken(String boundary, Parts parts) {
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.parts = parts;
    }

    /** A reader of a form with this {@code Content-Type}, or null if it names no boundary. */
    static FormToken of(String contentType, Parts parts) {
        Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            return null;
        }
        String b = m.group(1) != null ? m.group(1) : m.group(2);
        return b.length() > 200 ? null : new FormToken(b, parts);
    }

    /** Whether the closing delimiter was read. */
    boolean complete() {
        return state == State.END;
    }

    /** Feeds the next bytes of the body. */
    void feed(Buffer b) {
        if (stopped) {
            return;
        }
        seen += b.length();
        pending.appendBuffer(b);
        int pos = 0;
        while (!stopped) {
            switch (state) {
                case PREAMBLE, CONTENT -> {
                    int at = find(pending, delimiter, pos);
                    int safe = at >= 0 ? at : Math.max(pos, pending.length() - delimiter.length + 1);
                    if (state == State.CONTENT && safe > pos) {
                        content(pending.getBuffer(pos, safe));
                    }
                    if (stopped) {
                        return;
                    }
                    if (at < 0) {
                        pending = pending.getBuffer(safe, pending.length());
                        if (!inToken && index == 0 && seen > FormBody.TOKEN_WITHIN) {
                            stop(true);
                        }
                        return;
                    }
                    if (state == State.CONTENT && !endPart()) {
                        return;
                    }
                    pos = at + delimiter.length;
                    state = State.AFTER_DELIMITER;
                }
                case AFTER_DELIMITER -> {
                    if (pending.length() - pos < 2) {
                        pending = pending.getBuffer(pos, pending.length());
                        return;
                    }
                    String two = pending.getString(pos, pos + 2, "ISO-8859-1");
                    if (two.equals("--")) {
                        state = State.END;
                        if (index == 0) {
                            stop(true);
                        }
                        return;
                    }
                    if (!two.equals("\r\n")) {
                        stop(index == 0);
                        return;
                    }
                    pos += 2;
                    state = State.HEADERS;
                }
                case HEADERS -> {
                    int at = find(pending, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
                    if (at < 0) {
                        pending = pending.getBuffer(pos, pending.length());
                        if (pending.length() > MAX_HEADERS) {
                            stop(index == 0);
                        }
                        return;
                    }
                    if (!startPart(pending.getString(pos, at, "UTF-8"))) {
                        return;
                    }
                    pos = at + 4;
                    state = State.CONTENT;
                }
                case END -> {
                    return;
                }
            }
        }
    }

    private boolean startPart(String headers) {
        Matcher name = NAME.matcher(headers);
        String field = name.find() ? name.group(1) : "";
        if (index == 0) {
            if (!Workspace.CSRF_FIELD.equals(field)) {
                stop(true);
                return false;
            }
            inToken = true;
            return true;
        }
        Matcher file = FILE_NAME.matcher(headers);
        parts.part(field, file.find() ? file.group(1) : null);
        return !stopped;
    }

    private void content(Buffer b) {
        if (inToken) {
            token.append(b.toString(StandardCharsets.UTF_8));
            if (token.length() > MAX_TOKEN) {
                stop(true);
            }
        } else {
            parts.data(b);
        }
    }

    private boolean endPart() {
        if (inToken) {
            inToken = false;
            parts.token(token.toString());
        }
        index++;
        return !stopped;
    }

    /** Stops reading: the rest of the body is dropped. */
    void stop() {
        stopped = true;
        pending = Buffer.buffer();
    }

    private void stop(boolean forged) {
        stop();
        parts.refused(forged);
    }

    private static int find(Buffer in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length() - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in.getByte(i + j) != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
