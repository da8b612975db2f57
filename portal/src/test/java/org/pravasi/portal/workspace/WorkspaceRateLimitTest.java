package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.accounts.AccountStore;
import org.pravasi.registry.accounts.Role;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.config.RateLimits;

/**
 * The workspace's forms share the publishing rate limits with the API: a signed-in member who posts uploads, mappings,
 * cell fixes or publications faster than the node allows is refused before the form is read, and nothing is stored.
 */
@DisplayName("Publishing workspace: forms under the publishing rate limits")
class WorkspaceRateLimitTest {
    /** Three publishing requests per minute per session (the API's per-key limit), five per address. */
    static final RateLimits LIMITS = new RateLimits(3, 5, 0);

    static final String ORG = "mrc-alliance";

    @TempDir
    static Path dir;

    static DemoPortal portal;
    static String editor;
    static String viewer;
    static String admin;

    @BeforeAll
    static void start() throws Exception {
        Path none = Files.createDirectories(dir.resolve("no-datasets"));
        portal = DemoPortal.start(
                NodeConfig.builder(dir.resolve("data"))
                        .port(0)
                        .datasetsDir(Optional.of(none))
                        .geoDir(Optional.empty())
                        .build(),
                LIMITS);
        AccountStore accounts = AccountStore.open(portal.data());
        editor = accounts.addMember(ORG, "editor@a.example.org", "Editor", Role.EDITOR)
                .initialPassword()
                .orElseThrow();
        viewer = accounts.addMember(ORG, "viewer@a.example.org", "Viewer", Role.VIEWER)
                .initialPassword()
                .orElseThrow();
        admin = "admin-of-a-long-phrase";
        accounts.addAdmin(ORG, "admin@a.example.org", "Admin", admin.toCharArray());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static Browser signedIn(int address, String email, String password) {
        Browser b = new Browser(portal.baseUrl(), address);
        b.signIn(email, password);
        b.get("/publish/org/" + ORG + "/drafts");
        return b;
    }

    /** A form that costs the node a read of the organisation's drafts: deleting a draft that is not there. */
    private static HttpResponse<String> deleteMissingDraft(Browser b) {
        return b.post("/publish/org/" + ORG + "/drafts/no-such-draft/delete", Map.of());
    }

    @Test
    @DisplayName("a session's fourth form in a minute is refused with 429, Retry-After and a page that says so")
    void aSessionsFormsAreLimited() {
        Browser b = signedIn(21, "editor@a.example.org", editor);
        for (int i = 0; i < LIMITS.publishPerKey(); i++) {
            assertEquals(404, deleteMissingDraft(b).statusCode(), "form " + (i + 1) + " is answered");
        }
        HttpResponse<String> refused = deleteMissingDraft(b);
        assertEquals(429, refused.statusCode(), refused.body());
        String wait = refused.headers().firstValue("Retry-After").orElseThrow();
        assertTrue(Integer.parseInt(wait) >= 1, wait);
        assertTrue(
                refused.body().contains("nothing was changed") && refused.body().contains("wait " + wait + " seconds"),
                "the workspace's page says what happened and how long to wait: " + refused.body());

        b.always("Accept-Language", "hi");
        HttpResponse<String> hindi = deleteMissingDraft(b);
        assertEquals(429, hindi.statusCode());
        assertTrue(hindi.body().contains("कुछ नहीं बदला गया"), "in the officer's language: " + hindi.body());
        HttpResponse<String> story = b.post(
                "/publish/org/" + ORG + "/stories/save",
                Map.of("mode", "new", "slug", "refused-story", "title", "Refused", "body", "Text."));
        assertEquals(429, story.statusCode(), "a story is a publishing form too: " + story.body());
        assertEquals(404, portal.get("/id/story/" + ORG + "/refused-story").statusCode(), "nothing was stored");
        assertEquals(200, b.get("/publish/org/" + ORG + "/drafts").statusCode(), "pages are still served");
    }

    @Test
    @DisplayName("the story editor's live preview, posted as the officer types, is not counted")
    void theStoryPreviewIsNotCounted() {
        Browser b = signedIn(22, "viewer@a.example.org", viewer);
        for (int i = 0; i < 2 * LIMITS.publishPerIp(); i++) {
            HttpResponse<String> r = b.post(
                    "/publish/org/" + ORG + "/stories/preview",
                    Map.of("mode", "new", "slug", "typed", "title", "Typed " + i, "body", "Text.", "fragment", "1"));
            assertFalse(r.statusCode() == 429, "preview " + (i + 1) + ": " + r.body());
        }
    }

    @Test
    @DisplayName("sessions from one address share its limit; the same session from another address still has room")
    void oneAddressSharesItsLimit() {
        Browser first = signedIn(23, "editor@a.example.org", editor);
        Browser second = signedIn(23, "admin@a.example.org", admin);
        for (int i = 0; i < LIMITS.publishPerKey(); i++) {
            assertEquals(404, deleteMissingDraft(first).statusCode());
        }
        for (int i = LIMITS.publishPerKey(); i < LIMITS.publishPerIp(); i++) {
            assertEquals(404, deleteMissingDraft(second).statusCode());
        }
        HttpResponse<String> refused = deleteMissingDraft(second);
        assertEquals(429, refused.statusCode(), "the address's sixth form, the session's third: " + refused.body());

        Browser elsewhere = new Browser(portal.baseUrl(), 24);
        elsewhere.cookie(second.cookie().orElseThrow());
        elsewhere.get("/publish/org/" + ORG + "/drafts");
        assertEquals(404, deleteMissingDraft(elsewhere).statusCode(), "the same session from another address");
    }
}
