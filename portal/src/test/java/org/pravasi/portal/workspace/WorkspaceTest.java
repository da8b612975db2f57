package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.portal.testing.TwoOrganisations;
import org.pravasi.registry.accounts.AccountStore;
import org.pravasi.registry.accounts.Role;
import org.pravasi.registry.keys.KeyStore;

/**
 * The workspace at {@code /publish} on a real portal with the demo datasets: roles enforced on every route and action,
 * CSRF tokens, session cookies, sign-in limits. Organisation A is {@code mrc-alliance}, B {@code four-state-network}.
 */
@DisplayName("Publishing workspace: accounts, roles, sessions")
class WorkspaceTest {
    static final String A = TwoOrganisations.A;
    static final String B = TwoOrganisations.B;
    static final String ADMIN_PW = TwoOrganisations.ADMIN_PASSWORD;
    static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    /** The sign-in form's cookie ({@code SignInCookie.NAME}, written out so that this test also runs on older code). */
    static final String SIGN_IN_COOKIE = "pdc_signin";

    @TempDir
    static Path dir;

    static DemoPortal portal;
    static AccountStore accounts;
    static String editorA;
    static String viewerA;
    static String editorB;

    @BeforeAll
    static void start() throws Exception {
        TwoOrganisations two = TwoOrganisations.start(dir, Optional.empty());
        portal = two.portal();
        accounts = two.accounts();
        editorA = two.editorA();
        viewerA = two.viewerA();
        editorB = two.editorB();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static String password(org.pravasi.registry.accounts.NewMember m) {
        return m.initialPassword().orElseThrow();
    }

    private static Browser browser() {
        return new Browser(portal.baseUrl(), ADDRESSES.getAndIncrement());
    }

    private static Browser signedIn(String email, String password) {
        Browser b = browser();
        b.signIn(email, password);
        return b;
    }

    private static KeyStore keys() {
        return portal.portal().node().keys();
    }

    @Test
    @DisplayName(
            "signed out, /publish is the sign-in form, with the security headers and a private, short-lived cookie")
    void signedOutShowsSignInWithSecurityHeadersAndCookieFlags() {
        HttpResponse<String> r = browser().get("/publish");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("id=\"sign-in\""), r.body());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(cookie(r, SessionCookie.NAME).isEmpty(), "no session before sign-in: " + r.headers());
        String cookie = cookie(r, SIGN_IN_COOKIE).orElseThrow(() -> new AssertionError("no sign-in cookie"));
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Path=/publish"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP from a browser: " + cookie);
        assertTrue(cookie.contains("Max-Age=7200"), "the form's two hours: " + cookie);
    }

    @Test
    @DisplayName("the session cookie is private and ends with the browser; the sign-in cookie is forgotten at sign-in")
    void sessionCookieFlags() {
        Browser b = browser();
        b.get("/publish");
        HttpResponse<String> r =
                b.post("/publish/sign-in", Map.of("email", "viewer@a.example.org", "password", viewerA));
        assertEquals(303, r.statusCode(), r.body());
        String cookie = cookie(r, SessionCookie.NAME).orElseThrow(() -> new AssertionError("no session cookie"));
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Path=/publish"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP from a browser: " + cookie);
        assertFalse(cookie.contains("Max-Age") || cookie.contains("Expires"), cookie);
        assertTrue(b.signInCookie().isEmpty(), "sign-in cookie cleared: " + r.headers());
    }

    @Test
    @DisplayName("anonymous visits keep nothing on the server: after 1,000 of them a form opened before still signs in")
    void anonymousVisitsKeepNothingOnTheServer() {
        Browser signedIn = signedIn("viewer@a.example.org", viewerA);
        Browser honest = browser();
        honest.get("/publish");
        int sessionsHandedOut = 0;
        for (int i = 0; i < 1_000; i++) {
            HttpResponse<String> r = portal.get("/publish");
            assertEquals(200, r.statusCode());
            sessionsHandedOut += cookie(r, SessionCookie.NAME).isPresent() ? 1 : 0;
        }
        assertEquals(0, sessionsHandedOut, "server-side sessions made for 1,000 anonymous visits");
        HttpResponse<String> r =
                honest.post("/publish/sign-in", Map.of("email", "editor@a.example.org", "password", editorA));
        assertEquals(303, r.statusCode(), r.body());
        assertTrue(honest.get("/publish").body().contains("editor@a.example.org"));
        assertTrue(signedIn.get("/publish").body().contains("viewer@a.example.org"), "still signed in");
    }

    @Test
    @DisplayName(
            "a sign-in form with a forged token, or whose token is not its cookie's, is refused and signs no one in")
    void signInWithoutItsOwnGenuineTokenIsRefused() {
        Browser b = browser();
        b.get("/publish");
        String genuine = b.csrf();
        Browser other = browser();
        other.get("/publish");
        String forged = "A".repeat(genuine.length());
        record Attempt(String name, String cookie, String field) {}
        for (Attempt a : List.of(
                new Attempt("another browser's genuine form", genuine, other.csrf()),
                new Attempt("a forged token in cookie and form", forged, forged),
                new Attempt("a token one character off in both", flipped(genuine), flipped(genuine)),
                new Attempt("no cookie", null, genuine),
                new Attempt("no token in the form", genuine, null))) {
            b.signInCookie(a.cookie());
            Map<String, String> form = new java.util.LinkedHashMap<>();
            if (a.field() != null) {
                form.put("csrf", a.field());
            }
            form.putAll(Map.of("email", "admin@a.example.org", "password", ADMIN_PW));
            HttpResponse<String> r = b.postRaw("/publish/sign-in", form);
            assertEquals(403, r.statusCode(), a.name());
            assertTrue(r.body().contains("Reload the sign-in page"), a.name() + ": " + r.body());
            assertTrue(b.cookie().isEmpty(), a.name() + ": no session");
            assertEquals(401, b.get("/publish/org/" + A).statusCode(), a.name());
        }
        b.signInCookie(genuine);
        HttpResponse<String> right = b.postRaw(
                "/publish/sign-in", Map.of("csrf", genuine, "email", "admin@a.example.org", "password", ADMIN_PW));
        assertEquals(303, right.statusCode(), "the genuine pair still signs in: " + right.body());
    }

    @Test
    @DisplayName("every public page links to the workspace, and the public pages get no session cookie")
    void publicPagesLinkToTheWorkspaceWithoutACookie() {
        HttpResponse<String> home = browser().get("/");
        assertTrue(home.body().contains("href=\"/publish\""), "footer link to /publish");
        assertTrue(home.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(SessionCookie.NAME)));
    }

    @Test
    @DisplayName("workspace pages, which carry the CSRF token, are never compressed (BREACH), public pages are")
    void workspacePagesAreNotCompressed() {
        Browser b = signedIn("editor@a.example.org", editorA);
        HttpResponse<String> page = b.get("/publish", "Accept-Encoding", "gzip");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("name=\"csrf\""), "readable, uncompressed form with its token");
        assertFalse(
                page.headers().firstValue("Content-Encoding").orElse("").contains("gzip"),
                page.headers().map().toString());
        HttpResponse<String> home = b.get("/", "Accept-Encoding", "gzip");
        assertEquals("gzip", home.headers().firstValue("Content-Encoding").orElse(""), "public pages still are");
    }

    @Test
    @DisplayName("the cookies are Secure when a proxy on this machine says the browser used HTTPS")
    void cookieIsSecureBehindTlsTerminatingProxy() {
        Browser b = browser();
        b.always("X-Forwarded-Proto", "https");
        HttpResponse<String> page = b.get("/publish");
        String signIn = cookie(page, SIGN_IN_COOKIE).orElseThrow();
        assertTrue(signIn.contains("Secure"), signIn);
        HttpResponse<String> r =
                b.post("/publish/sign-in", Map.of("email", "viewer@a.example.org", "password", viewerA));
        String session = cookie(r, SessionCookie.NAME).orElseThrow(() -> new AssertionError(r.body()));
        assertTrue(session.contains("Secure"), session);
    }

    @Test
    @DisplayName("the workspace speaks Hindi")
    void workspaceInHindi() {
        HttpResponse<String> r = browser().get("/publish?lang=hi");
        assertTrue(r.body().contains("प्रकाशन के लिए साइन इन करें"), r.body());
        assertTrue(r.body().contains("lang=\"hi\""));
    }

    @Test
    @DisplayName("signing in gives a new session id, and one planted in the browser before sign-in is worth nothing")
    void signInRotatesTheSessionId() {
        Browser b = browser();
        String planted = "p".repeat(43);
        b.cookie(planted);
        assertTrue(b.get("/publish").body().contains("id=\"sign-in\""));
        b.post("/publish/sign-in", Map.of("email", "editor@a.example.org", "password", editorA));
        String after = b.cookie().orElseThrow();
        assertNotEquals(planted, after);
        assertTrue(b.get("/publish").body().contains("editor@a.example.org"));
        Browser attacker = browser();
        attacker.cookie(planted);
        HttpResponse<String> replayed = attacker.get("/publish/org/" + A);
        assertEquals(401, replayed.statusCode());
        assertFalse(replayed.body().contains("editor@a.example.org"));
    }

    @Test
    @DisplayName("a wrong password and an unknown email get the same answer, and no session")
    void failedSignInSaysTheSameForUnknownEmails() {
        Browser b = browser();
        b.get("/publish");
        HttpResponse<String> wrong =
                b.post("/publish/sign-in", Map.of("email", "editor@a.example.org", "password", "not-the-password"));
        HttpResponse<String> unknown =
                b.post("/publish/sign-in", Map.of("email", "nobody@a.example.org", "password", "not-the-password"));
        assertEquals(401, wrong.statusCode());
        assertEquals(401, unknown.statusCode());
        assertEquals(error(wrong), error(unknown));
        assertTrue(b.cookie().isEmpty(), "no session");
        assertEquals(401, b.get("/publish/org/" + A).statusCode());
    }

    @Test
    @DisplayName("signing out ends the session on the server, not only in the browser")
    void signOutEndsTheSession() {
        Browser b = signedIn("editor@a.example.org", editorA);
        String old = b.cookie().orElseThrow();
        assertEquals(303, b.post("/publish/sign-out", Map.of()).statusCode());
        Browser replay = browser();
        replay.cookie(old);
        assertEquals(401, replay.get("/publish/org/" + A).statusCode());
    }

    @Test
    @DisplayName("a form of more than 256 fields is refused with a page saying so and what to do")
    void tooManyFieldsAreRefusedWithAPage() throws Exception {
        Browser admin = signedIn("admin@a.example.org", ADMIN_PW);
        admin.get("/publish/org/" + A);
        byte[] accountsBefore = Files.readAllBytes(portal.data().resolve(AccountStore.FILE_NAME));
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.putAll(Map.of("email", "many@a.example.org", "name", "Many", "role", "viewer"));
        for (int i = 0; i < 300; i++) {
            form.put("extra" + i, "x");
        }
        HttpResponse<String> r = admin.post("/publish/org/" + A + "/members", form);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("id=\"refusal\""), r.body());
        assertTrue(r.body().contains("at most 256 are accepted"), r.body());
        assertArrayEquals(accountsBefore, Files.readAllBytes(portal.data().resolve(AccountStore.FILE_NAME)));
    }

    @Test
    @DisplayName("a POST without the CSRF token, or with a wrong one, is refused and changes nothing")
    void postsWithoutTheRightCsrfTokenAreRefused() throws Exception {
        Browser admin = signedIn("admin@a.example.org", ADMIN_PW);
        admin.get("/publish/org/" + A);
        int keysBefore = keys().list().size();
        byte[] accountsBefore = Files.readAllBytes(portal.data().resolve(AccountStore.FILE_NAME));
        String path = "/publish/org/" + A;
        for (Map<String, String> form : List.of(
                Map.<String, String>of(),
                Map.of("csrf", "wrong-token"),
                Map.of("csrf", admin.csrf() + "x"),
                Map.of("csrf", ""))) {
            HttpResponse<String> key = admin.postRaw(path + "/keys", form);
            assertEquals(403, key.statusCode(), key.body());
            assertTrue(key.body().contains("id=\"refusal\""), key.body());
            Map<String, String> member = new java.util.HashMap<>(form);
            member.putAll(Map.of("email", "csrf@a.example.org", "name", "C", "role", "admin"));
            assertEquals(403, admin.postRaw(path + "/members", member).statusCode());
        }
        assertEquals(keysBefore, keys().list().size());
        assertArrayEquals(accountsBefore, Files.readAllBytes(portal.data().resolve(AccountStore.FILE_NAME)));
        Browser other = browser();
        other.get("/publish");
        HttpResponse<String> signIn =
                other.postRaw("/publish/sign-in", Map.of("email", "admin@a.example.org", "password", ADMIN_PW));
        assertEquals(403, signIn.statusCode());
        assertEquals(401, other.get("/publish/org/" + A).statusCode(), "not signed in");
    }

    @Test
    @DisplayName("an editor of B can neither see nor change A's workspace")
    void editorOfOneOrganisationCannotReachAnother() throws Exception {
        Browser b = signedIn("editor@b.example.org", editorB);
        assertTrue(b.get("/publish").body().contains("/publish/org/" + B));
        assertFalse(b.get("/publish").body().contains("/publish/org/" + A));
        int keysBefore = keys().list().size();
        byte[] accountsBefore = Files.readAllBytes(portal.data().resolve(AccountStore.FILE_NAME));
        for (String path : List.of("/publish/org/" + A, "/publish/org/" + A + "/datasets")) {
            HttpResponse<String> r = b.get(path);
            assertEquals(403, r.statusCode(), path);
            assertFalse(
                    r.body().contains("editor@a.example.org")
                            || r.body().contains("data-dataset=")
                            || r.body().contains("class=\"dataset-link\""),
                    r.body());
        }
        b.get("/publish/org/" + B);
        String aMember = accounts.members(A).getFirst().id();
        assertEquals(403, b.post("/publish/org/" + A + "/keys", Map.of()).statusCode());
        assertEquals(
                403,
                b.post(
                                "/publish/org/" + A + "/members",
                                Map.of("email", "x@b.example.org", "name", "X", "role", "admin"))
                        .statusCode());
        assertEquals(
                403,
                b.post("/publish/org/" + A + "/members/" + aMember + "/role", Map.of("role", "viewer"))
                        .statusCode());
        assertEquals(
                403,
                b.post("/publish/org/" + A + "/members/" + aMember + "/remove", Map.of())
                        .statusCode());
        assertEquals(keysBefore, keys().list().size());
        assertArrayEquals(accountsBefore, Files.readAllBytes(portal.data().resolve(AccountStore.FILE_NAME)));
    }

    @Test
    @DisplayName("an editor publishes: the publishing page lists the organisation's own datasets with their versions")
    void editorSeesThePublishingPageOfItsOrganisationOnly() {
        Browser b = signedIn("editor@a.example.org", editorA);
        HttpResponse<String> org = b.get("/publish/org/" + A);
        assertEquals(200, org.statusCode());
        assertTrue(org.body().contains("id=\"publish-dataset\""), org.body());
        assertFalse(org.body().contains("id=\"members\"") || org.body().contains("id=\"create-key\""), "admins only");
        HttpResponse<String> page = b.get("/publish/org/" + A + "/datasets");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-dataset=\"" + A + "/"), page.body());
        assertTrue(page.body().contains(">v1<"), page.body());
        assertFalse(page.body().contains("data-dataset=\"" + B + "/"), page.body());
        assertEquals(403, b.post("/publish/org/" + A + "/keys", Map.of()).statusCode(), "editors do not manage keys");
    }

    @Test
    @DisplayName("a viewer sees the workspace but cannot publish or manage")
    void viewerCannotPublish() {
        Browser v = signedIn("viewer@a.example.org", viewerA);
        HttpResponse<String> org = v.get("/publish/org/" + A);
        assertEquals(200, org.statusCode());
        assertFalse(org.body().contains("id=\"publish-dataset\""), org.body());
        HttpResponse<String> publish = v.get("/publish/org/" + A + "/datasets");
        assertEquals(403, publish.statusCode());
        assertTrue(publish.body().contains("does not allow publishing"), publish.body());
        v.get("/publish/org/" + A);
        int keysBefore = keys().list().size();
        assertEquals(403, v.post("/publish/org/" + A + "/keys", Map.of()).statusCode());
        assertEquals(keysBefore, keys().list().size());
    }

    @Test
    @DisplayName(
            "an admin creates a key shown once, which publishes for A only, and revokes it; B's keys are out of reach")
    void adminManagesTheOrganisationsKeys() {
        Browser admin = signedIn("admin@a.example.org", ADMIN_PW);
        admin.get("/publish/org/" + A);
        HttpResponse<String> created = admin.post("/publish/org/" + A + "/keys", Map.of());
        assertEquals(201, created.statusCode(), created.body());
        Matcher m = Pattern.compile("value=\"(pdc_([0-9a-f]{12})_[^\"]+)\"").matcher(created.body());
        assertTrue(m.find(), created.body());
        String secret = m.group(1);
        String id = m.group(2);
        assertEquals(A, keys().authenticate(secret).orElseThrow());
        HttpResponse<String> list = admin.get("/publish/org/" + A);
        assertTrue(list.body().contains("data-key=\"" + id + "\""));
        assertFalse(list.body().contains(secret), "the secret is shown once only");
        String keyOfB = keys().create(B).id();
        assertEquals(
                404,
                admin.post("/publish/org/" + A + "/keys/" + keyOfB + "/revoke", Map.of())
                        .statusCode());
        assertTrue(keys().list().stream().anyMatch(k -> k.id().equals(keyOfB) && k.active()));
        admin.get("/publish/org/" + A);
        assertEquals(
                303,
                admin.post("/publish/org/" + A + "/keys/" + id + "/revoke", Map.of())
                        .statusCode());
        assertTrue(keys().authenticate(secret).isEmpty());
    }

    @Test
    @DisplayName("the keys a member issued stop working once the member may no longer publish, or leaves")
    void keysDoNotOutliveTheMemberWhoIssuedThem() {
        Browser admin = signedIn("admin@a.example.org", ADMIN_PW);
        admin.get("/publish/org/" + A);
        HttpResponse<String> added = admin.post(
                "/publish/org/" + A + "/members",
                Map.of("email", "second-admin@a.example.org", "name", "Second Admin", "role", "admin"));
        Browser second = signedIn("second-admin@a.example.org", shownOncePassword(added));
        String id = accounts.members(A).stream()
                .filter(a -> a.email().equals("second-admin@a.example.org"))
                .findFirst()
                .orElseThrow()
                .id();
        String operatorKey = keys().create(A).secret();
        admin.get("/publish/org/" + A);
        String adminKey = secret(admin.post("/publish/org/" + A + "/keys", Map.of()));
        second.get("/publish/org/" + A);
        String first = secret(second.post("/publish/org/" + A + "/keys", Map.of()));
        assertEquals(A, keys().authenticate(first).orElseThrow());

        admin.get("/publish/org/" + A);
        assertEquals(
                303,
                admin.post("/publish/org/" + A + "/members/" + id + "/role", Map.of("role", "viewer"))
                        .statusCode());
        assertTrue(keys().authenticate(first).isEmpty(), "a viewer's key no longer publishes");

        admin.get("/publish/org/" + A);
        admin.post("/publish/org/" + A + "/members/" + id + "/role", Map.of("role", "admin"));
        second.get("/publish/org/" + A);
        String again = secret(second.post("/publish/org/" + A + "/keys", Map.of()));
        admin.get("/publish/org/" + A);
        assertEquals(
                303,
                admin.post("/publish/org/" + A + "/members/" + id + "/remove", Map.of())
                        .statusCode());
        assertTrue(keys().authenticate(again).isEmpty(), "a departed member's key no longer publishes");
        assertEquals(A, keys().authenticate(adminKey).orElseThrow(), "the other admin's key still works");
        assertEquals(A, keys().authenticate(operatorKey).orElseThrow(), "a key issued on the command line still works");
    }

    /** The initial password of a member just added, shown once on the answer's page. */
    private static String shownOncePassword(HttpResponse<String> added) {
        assertEquals(201, added.statusCode(), added.body());
        Matcher m = Pattern.compile("id=\"shown-once\"[^>]*value=\"([^\"]+)\"").matcher(added.body());
        assertTrue(m.find(), added.body());
        return m.group(1);
    }

    private static String secret(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        Matcher m = Pattern.compile("value=\"(pdc_[0-9a-f]{12}_[^\"]+)\"").matcher(created.body());
        assertTrue(m.find(), created.body());
        return m.group(1);
    }

    @Test
    @DisplayName(
            "an admin adds a member, who signs in with the password shown once; role changes and removal count at once")
    void adminManagesMembers() {
        Browser admin = signedIn("admin@a.example.org", ADMIN_PW);
        admin.get("/publish/org/" + A);
        HttpResponse<String> added = admin.post(
                "/publish/org/" + A + "/members",
                Map.of("email", "New@A.example.org", "name", "New Member", "role", "viewer"));
        Browser member = signedIn("new@a.example.org", shownOncePassword(added));
        assertEquals(403, member.get("/publish/org/" + A + "/datasets").statusCode());
        String id = accounts.members(A).stream()
                .filter(a -> a.email().equals("new@a.example.org"))
                .findFirst()
                .orElseThrow()
                .id();
        admin.get("/publish/org/" + A);
        assertEquals(
                303,
                admin.post("/publish/org/" + A + "/members/" + id + "/role", Map.of("role", "editor"))
                        .statusCode());
        assertEquals(200, member.get("/publish/org/" + A + "/datasets").statusCode());
        admin.get("/publish/org/" + A);
        assertEquals(
                303,
                admin.post("/publish/org/" + A + "/members/" + id + "/remove", Map.of())
                        .statusCode());
        assertEquals(403, member.get("/publish/org/" + A).statusCode());
    }

    @Test
    @DisplayName("bad input from an admin is refused with the reason, and nothing is stored")
    void badMemberInputChangesNothing() throws Exception {
        Browser admin = signedIn("admin@a.example.org", ADMIN_PW);
        byte[] before = Files.readAllBytes(portal.data().resolve(AccountStore.FILE_NAME));
        for (Map<String, String> form : List.of(
                Map.of("email", "not-an-email", "name", "X", "role", "viewer"),
                Map.of("email", "x@a.example.org", "name", "", "role", "viewer"),
                Map.of("email", "x@a.example.org", "name", "X", "role", "owner"),
                Map.of("email", "editor@a.example.org", "name", "X", "role", "viewer"))) {
            admin.get("/publish/org/" + A);
            HttpResponse<String> r = admin.post("/publish/org/" + A + "/members", form);
            assertEquals(422, r.statusCode(), form + ": " + r.body());
            assertTrue(r.body().contains("id=\"refusal\""), r.body());
        }
        String self = accounts.members(A).stream()
                .filter(a -> a.email().equals("admin@a.example.org"))
                .findFirst()
                .orElseThrow()
                .id();
        admin.get("/publish/org/" + A);
        HttpResponse<String> demote =
                admin.post("/publish/org/" + A + "/members/" + self + "/role", Map.of("role", "viewer"));
        assertEquals(422, demote.statusCode());
        assertTrue(demote.body().contains("at least one admin"), demote.body());
        assertArrayEquals(before, Files.readAllBytes(portal.data().resolve(AccountStore.FILE_NAME)));
    }

    @Test
    @DisplayName("after 5 failed sign-ins an account is refused for a while, even with the right password")
    void signInIsLimitedPerAccount() {
        accounts.addMember(A, "limited@a.example.org", "Limited", Role.VIEWER);
        for (int i = 0; i < SignInLimiter.PER_ACCOUNT; i++) {
            Browser b = browser();
            b.get("/publish");
            assertEquals(
                    401,
                    b.post("/publish/sign-in", Map.of("email", "limited@a.example.org", "password", "wrong-" + i))
                            .statusCode());
        }
        Browser b = browser();
        b.get("/publish");
        HttpResponse<String> r =
                b.post("/publish/sign-in", Map.of("email", "Limited@a.example.org", "password", "wrong-x"));
        assertEquals(429, r.statusCode());
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
        assertTrue(error(r).contains("Too many sign-in attempts"), r.body());
    }

    @Test
    @DisplayName("a signed-in session may guess the current password only as often as a sign-in may")
    void changingThePasswordIsLimitedLikeSignIn() {
        String pw = password(accounts.addMember(A, "guessed@a.example.org", "Guessed", Role.VIEWER));
        Browser b = signedIn("guessed@a.example.org", pw);
        for (int i = 0; i < SignInLimiter.PER_ACCOUNT; i++) {
            b.get("/publish/password");
            HttpResponse<String> wrong =
                    b.post("/publish/password", Map.of("current", "wrong-" + i, "next", "a-new-long-password"));
            assertEquals(422, wrong.statusCode(), wrong.body());
        }
        b.get("/publish/password");
        HttpResponse<String> r = b.post("/publish/password", Map.of("current", pw, "next", "a-new-long-password"));
        assertEquals(429, r.statusCode());
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
        assertTrue(r.body().contains("Too many wrong current passwords"), r.body());
        assertTrue(
                accounts.authenticate("guessed@a.example.org", pw.toCharArray()).isPresent(),
                "the password is unchanged");
    }

    @Test
    @DisplayName("one address may try only so many sign-ins, whatever the accounts")
    void signInIsLimitedPerAddress() {
        Browser b = browser();
        b.get("/publish");
        for (int i = 0; i < SignInLimiter.PER_ADDRESS; i++) {
            assertEquals(
                    401,
                    b.post(
                                    "/publish/sign-in",
                                    Map.of("email", "guess" + i + "@x.example.org", "password", "guess-password"))
                            .statusCode());
        }
        HttpResponse<String> r =
                b.post("/publish/sign-in", Map.of("email", "admin@a.example.org", "password", ADMIN_PW));
        assertEquals(429, r.statusCode());
        assertEquals(401, b.get("/publish/org/" + A).statusCode());
    }

    @Test
    @DisplayName("accounts never reach the public store, its dump or SPARQL, and no password is on disk in plain text")
    void accountsStayPrivate() throws Exception {
        Browser admin = signedIn("admin@a.example.org", ADMIN_PW);
        HttpResponse<byte[]> dump = portal.send(
                java.net.http.HttpRequest.newBuilder(portal.uri("/dump.nq.gz")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String nq = new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(dump.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(nq.length() > 1000, "the dump has the demo data");
        for (String email : List.of("admin@a.example.org", "editor@a.example.org", "viewer@b.example.org")) {
            assertFalse(nq.contains(email), email + " in the dump");
        }
        assertFalse(nq.contains("argon2"));
        String query = java.net.URLEncoder.encode(
                "SELECT * { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"a.example.org\")) } }",
                java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> sparql = portal.get("/sparql?query=" + query, "application/sparql-results+json");
        assertEquals(200, sparql.statusCode());
        assertFalse(sparql.body().contains("a.example.org\""), sparql.body());
        for (String secret : List.of(ADMIN_PW, editorA, viewerA, editorB)) {
            byte[] needle = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try (var files = Files.walk(portal.data())) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(contains(Files.readAllBytes(f), needle), f + " holds a password in plain text");
                }
            }
        }
        assertTrue(admin.get("/publish").body().contains("admin@a.example.org"));
    }

    /** The {@code Set-Cookie} header of cookie {@code name}, if the answer sets it. */
    private static Optional<String> cookie(HttpResponse<String> r, String name) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst();
    }

    /** {@code token} with its middle character changed. */
    private static String flipped(String token) {
        char[] c = token.toCharArray();
        int i = c.length / 2;
        c[i] = c[i] == 'A' ? 'B' : 'A';
        return new String(c);
    }

    private static String error(HttpResponse<String> r) {
        Matcher m = Pattern.compile("id=\"signin-error\">([^<]+)<").matcher(r.body());
        return m.find() ? m.group(1) : "";
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
