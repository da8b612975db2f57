package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser for workspace tests: its own client address ({@code 127.0.0.N}, so sign-in limits per address do
 * not mix between tests), the session and sign-in cookies kept as a browser would, no redirects followed (tests see the
 * 303s), and the CSRF token of the last page read from its forms.
 */
final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    /**
     * The sign-in form's cookie ({@code SignInCookie.NAME}, written out so that these tests also run on older code).
     */
    private static final String SIGN_IN_COOKIE = "pdc_signin";

    private final String base;
    private final HttpClient http;
    private String cookie;
    private String signInCookie;
    private String csrf;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Browser(String base, int address) {
        this.base = base;
        try {
            this.http = HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName("127.0.0." + address))
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The session cookie's value, if the browser holds one. */
    Optional<String> cookie() {
        return Optional.ofNullable(cookie);
    }

    /** Replaces the browser's cookie (to replay an old one). */
    void cookie(String value) {
        cookie = value;
    }

    /** The sign-in form's cookie, if the browser holds one. */
    Optional<String> signInCookie() {
        return Optional.ofNullable(signInCookie);
    }

    /** Replaces the browser's sign-in cookie (null: none). */
    void signInCookie(String value) {
        signInCookie = value;
    }

    /** Sends {@code header} with every request from now on (as a proxy in front of the portal would add it). */
    void always(String header, String value) {
        headers.put(header, value);
    }

    /** The CSRF token of the last page that had a form. */
    String csrf() {
        return csrf;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> get(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    /** POSTs a form as is (add {@code csrf} yourself, or leave it out). */
    HttpResponse<String> postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POSTs a form with the CSRF token of the last page, as the page's form would. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>();
        // First, as every workspace form puts it: the server wants it within the body's first 8 KiB.
        withToken.put("csrf", java.util.Objects.requireNonNull(csrf, "the last page had no form with a CSRF token"));
        withToken.putAll(form);
        return postRaw(path, withToken);
    }

    /** Opens the sign-in page and signs in; asserts the redirect to the workspace. */
    HttpResponse<String> signIn(String email, String password) {
        get("/publish");
        HttpResponse<String> r = post("/publish/sign-in", Map.of("email", email, "password", password));
        assertEquals(303, r.statusCode(), r.body());
        get("/publish");
        return r;
    }

    /** The value a browser keeps from a {@code Set-Cookie} header, or null if it is told to forget the cookie. */
    private static String kept(String setCookie, String name) {
        String value = setCookie.substring(name.length() + 1, setCookie.indexOf(';'));
        return setCookie.contains("Max-Age=0") || value.isEmpty() ? null : value;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html");
        headers.forEach(b::header);
        if (path.startsWith("/publish")) {
            List<String> cookies = new ArrayList<>();
            if (cookie != null) {
                cookies.add(SessionCookie.NAME + "=" + cookie);
            }
            if (signInCookie != null) {
                cookies.add(SIGN_IN_COOKIE + "=" + signInCookie);
            }
            if (!cookies.isEmpty()) {
                b.header("Cookie", String.join("; ", cookies));
            }
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : r.headers().allValues("Set-Cookie")) {
                if (set.startsWith(SessionCookie.NAME + "=")) {
                    cookie = kept(set, SessionCookie.NAME);
                } else if (set.startsWith(SIGN_IN_COOKIE + "=")) {
                    signInCookie = kept(set, SIGN_IN_COOKIE);
                }
            }
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
