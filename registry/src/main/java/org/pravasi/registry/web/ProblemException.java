package org.pravasi.registry.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An answer that is a problem (RFC 9457): status, type, title, detail, extra members and response headers. Handlers
 * throw it (or pass it to {@code ctx.fail}) and {@link ProblemHandler} renders it. It carries no stack trace: it is an
 * answer, not a bug.
 */
public final class ProblemException extends RuntimeException {
    /** The type of a problem that needs no more semantics than its status (RFC 9457, section 4.2.1). */
    public static final String ABOUT_BLANK = "about:blank";

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final Map<String, Object> members;
    private final Map<String, String> headers;

    /** A problem of type {@value #ABOUT_BLANK}; {@code detail} says what went wrong and how to fix it. */
    public ProblemException(int status, String title, String detail) {
        this(status, ABOUT_BLANK, title, detail, Map.of(), Map.of());
    }

    private ProblemException(
            int status,
            String type,
            String title,
            String detail,
            Map<String, Object> members,
            Map<String, String> headers) {
        super(title + ": " + detail, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem has a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** The same problem with another type URI. */
    public ProblemException withType(String uri) {
        return new ProblemException(status, uri, title, detail, members, headers);
    }

    /** The same problem with an extra member in its body (after type, title, status and detail, in the order added). */
    public ProblemException with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(members);
        more.put(Objects.requireNonNull(member, "member"), value);
        return new ProblemException(status, type, title, detail, more, headers);
    }

    /** The same problem sent with a response header, e.g. {@code Retry-After}. */
    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new ProblemException(status, type, title, detail, members, more);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The problem type URI. */
    public String type() {
        return type;
    }

    /** A short summary of the problem type. */
    public String title() {
        return title;
    }

    /** This occurrence: what went wrong, where, and how to fix it. */
    public String detail() {
        return detail;
    }

    /** Extension members, in the order added. */
    public Map<String, Object> members() {
        return members;
    }

    /** Headers sent with the answer. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The problem-details body: type, title, status, detail, then the extension members. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        members.forEach(body::putIfAbsent);
        return body;
    }
}
