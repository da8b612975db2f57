package org.pravasi.portal.workspace;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Reads a workspace form ({@code application/x-www-form-urlencoded}) as it arrives, in place of Vert.x's body handler,
 * so that a forged form is refused before its body is read: the CSRF token must be complete within the first
 * {@link #TOKEN_WITHIN} bytes (the workspace's forms put it first), or the request is refused there and the rest of the
 * body is dropped unread. A body over its limit is refused as it grows, a form of more than {@link #MAX_FIELDS} fields
 * with a page saying so. The fields of a form that passes become the request's form attributes.
 */
final class FormBody {
    /** The CSRF token must be complete within this many bytes of the body. */
    static final int TOKEN_WITHIN = 8 * 1024;
    /** Most fields accepted in one form (Vert.x's own limit, now answered with a page). */
    static final int MAX_FIELDS = 256;

    private static final String READ = "workspace.formRead";

    private final RoutingContext ctx;
    private final int maxBytes;
    private final IntFunction<Refusal> tooLarge;
    private final Buffer body = Buffer.buffer();
    private int scanned;
    private boolean tokenSeen;
    private boolean done;

    private FormBody(RoutingContext ctx, int maxBytes, IntFunction<Refusal> tooLarge) {
        this.ctx = ctx;
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
    }

    /**
     * Reads the request's form up to {@code maxBytes}, checking its token against the {@link ExpectedToken} first; then
     * passes the request on. A form already read (a larger form's route before the workspace's) is passed on as is.
     */
    static void read(RoutingContext ctx, int maxBytes, IntFunction<Refusal> tooLarge) {
        if (ctx.get(READ) != null) {
            ctx.next();
            return;
        }
        ctx.put(READ, Boolean.TRUE);
        if (Workspace.expectedToken(ctx).isEmpty()) {
            Workspace.refuseUnread(ctx, new Refusal(403, "ws.refused.title", "ws.refused.csrf", "/publish"));
            return;
        }
        String type = ctx.request().getHeader("Content-Type");
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            // Only the upload form is multipart, and it has its own route: anything else here cannot carry the token.
            Workspace.refuseUnread(ctx, Workspace.expectedToken(ctx).get().refusal());
            return;
        }
        new FormBody(ctx, maxBytes, tooLarge).start();
    }

    private Refusal forged() {
        return Workspace.expectedToken(ctx).orElseThrow().refusal();
    }

    private void start() {
        HttpServerRequest req = ctx.request();
        if (req.isEnded()) {
            end();
            return;
        }
        req.handler(this::chunk);
        req.exceptionHandler(e -> {
            if (!done) {
                done = true;
                ctx.fail(e);
            }
        });
        req.endHandler(v -> end());
        req.resume();
    }

    private void chunk(Buffer b) {
        if (done) {
            return;
        }
        if ((long) body.length() + b.length() > maxBytes) {
            refuse(tooLarge.apply(maxBytes));
            return;
        }
        body.appendBuffer(b);
        if (!tokenSeen) {
            scanForToken(false);
        }
    }

    /**
     * Looks at each field completed so far within the first {@link #TOKEN_WITHIN} bytes for the token; refuses a wrong
     * one at once, and a body that passed those bytes without one.
     */
    private void scanForToken(boolean atEnd) {
        int limit = Math.min(body.length(), TOKEN_WITHIN + 1);
        while (!tokenSeen && !done) {
            int amp = indexOf('&', scanned, limit);
            if (amp < 0) {
                if (atEnd && body.length() <= TOKEN_WITHIN) {
                    amp = body.length();
                } else {
                    break;
                }
            }
            String pair = body.getString(scanned, amp, "ISO-8859-1");
            if (pair.startsWith(Workspace.CSRF_FIELD + "=")) {
                String presented = decode(pair.substring(Workspace.CSRF_FIELD.length() + 1));
                if (!Workspace.expectedToken(ctx).orElseThrow().matches(presented)) {
                    refuse(forged());
                    return;
                }
                tokenSeen = true;
            }
            scanned = amp + 1;
            if (amp >= body.length()) {
                break;
            }
        }
        if (!tokenSeen && !done && (body.length() > TOKEN_WITHIN || atEnd)) {
            refuse(forged());
        }
    }

    private void end() {
        if (done) {
            return;
        }
        if (!tokenSeen) {
            scanForToken(true);
            if (done) {
                return;
            }
        }
        done = true;
        String text = body.toString(StandardCharsets.ISO_8859_1);
        String[] pairs = text.isEmpty() ? new String[0] : text.split("&", -1);
        if (pairs.length > MAX_FIELDS) {
            ctx.fail(new Refusal(400, "ws.refused.input", "ws.form.tooManyFields", back(), pairs.length, MAX_FIELDS));
            return;
        }
        MultiMap form = ctx.request().formAttributes();
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name == null || value == null) {
                ctx.fail(new Refusal(400, "ws.refused.input", "ws.form.badEncoding", back()));
                return;
            }
            form.add(name, value);
        }
        ctx.next();
    }

    private void refuse(Refusal why) {
        done = true;
        Workspace.refuseUnread(ctx, why);
    }

    private String back() {
        String org = ctx.pathParam("org");
        return org == null ? "/publish" : "/publish/org/" + org;
    }

    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body.getByte(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The field's text, or null if its percent-encoding or UTF-8 is broken. */
    private static String decode(String raw) {
        try {
            String latin = URLDecoder.decode(raw, StandardCharsets.ISO_8859_1);
            byte[] bytes = latin.getBytes(StandardCharsets.ISO_8859_1);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
