package org.pravasi.portal.federation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.pages.Messages;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.federation.DatasetRefusal;
import org.pravasi.registry.federation.PeerStatus;

/** The peers page says which dataset of which peer was refused, why and when, escaped. */
class PeersPageTest {
    private static final Ui UI = new Ui(Messages.load().in("en"), "/peers", List.of());

    private static PeerStatus peer(List<DatasetRefusal> refused) {
        return new PeerStatus(
                "http://node-a.example.org:8080/",
                "https://node-a.example.org/pravasi/",
                refused.isEmpty() ? "ok" : "partial",
                "2026-12-03T10:00:00Z",
                "2026-12-03T10:00:01Z",
                "",
                0,
                "2026-12-03T10:00:31Z",
                2,
                "2026-12-01T00:00:00Z",
                refused);
    }

    @Test
    @DisplayName("a refused dataset is listed with its peer, identifier, reason and time")
    void listsRefusedDatasets() {
        DatasetRefusal r = new DatasetRefusal(
                "https://node-a.example.org/pravasi/id/dataset/mrc-alliance/wage-claims",
                "mrc-alliance/wage-claims",
                "2026-12-02T09:00:00Z",
                "not valid N-Quads: Illegal character in IRI <https://example.org/a|b>",
                "2026-12-03T10:00:01Z");

        String html = PeersPage.body(UI, List.of(peer(List.of(r))));

        assertTrue(html.contains("<table id=\"refused\">"), html);
        assertTrue(html.contains("<td>partial</td>"), html);
        assertTrue(html.contains("<td>mrc-alliance/wage-claims</td>"), html);
        assertTrue(html.contains("Illegal character in IRI &lt;https://example.org/a|b&gt;"), html);
        assertTrue(html.contains("<time>2026-12-03T10:00:01Z</time>"), html);
    }

    @Test
    @DisplayName("a refused dataset shows when it will be fetched again, after its back-off")
    void showsWhenARefusedDatasetIsFetchedAgain() {
        DatasetRefusal r = new DatasetRefusal(
                "https://node-a.example.org/pravasi/id/dataset/mrc-alliance/wage-claims",
                "mrc-alliance/wage-claims",
                "2026-12-02T09:00:00Z",
                "a count is not an integer",
                "2026-12-03T10:00:01Z",
                "2026-12-03T10:04:01Z");

        String html = PeersPage.body(UI, List.of(peer(List.of(r))));

        assertTrue(html.contains("Fetched again after"), html);
        assertTrue(html.contains("<time>2026-12-03T10:04:01Z</time>"), html);
    }

    @Test
    @DisplayName("what a peer sends (its URL, error, refused identifiers and reasons) never appears as markup")
    void hostilePeerIsEscaped() {
        String evil = "<script>alert(1)</script>\" onmouseover=\"alert(2)";
        DatasetRefusal r = new DatasetRefusal(
                "https://node-b.example.org/id/dataset/x", evil, "2026-12-02T09:00:00Z", evil, "2026-12-03T10:00:01Z");
        PeerStatus p = new PeerStatus(
                "http://node-b.example.org/?" + evil,
                evil,
                "partial",
                "2026-12-03T10:00:00Z",
                "",
                evil,
                3,
                "2026-12-03T10:00:31Z",
                0,
                "",
                List.of(r));

        String html = PeersPage.body(UI, List.of(p));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;\" onmouseover=\"alert(2) (3)</td>"), html);
        assertTrue(
                html.contains(
                        "href=\"http://node-b.example.org/?&lt;script>alert(1)&lt;/script>&#34; onmouseover=&#34;alert(2)\""),
                html);
    }

    @Test
    @DisplayName("a refused identifier with direction controls is shown as its length, never reordered on the page")
    void directionControlsOfARefusedIdentifierAreNotShown() {
        // A browser shows it as "org/3 women from Barsoi".
        DatasetRefusal r = new DatasetRefusal(
                "", "org/\u202Enemow 3\u202C from Barsoi", "2026-12-02T09:00:00Z", "Refused", "2026-12-03T10:00:01Z");
        PeerStatus p = new PeerStatus(
                "http://node-b.example.org/",
                "",
                "partial",
                "2026-12-03T10:00:00Z",
                "",
                "",
                0,
                "2026-12-03T10:00:31Z",
                0,
                "",
                List.of(r));

        String html = PeersPage.body(UI, List.of(p));

        assertFalse(html.contains("\u202E") || html.contains("Barsoi"), html);
        assertTrue(html.contains("(invalid identifier, 25 characters)"), html);
    }

    @Test
    @DisplayName("without refusals there is no refusals table")
    void noRefusalsNoTable() {
        assertFalse(PeersPage.body(UI, List.of(peer(List.of()))).contains("id=\"refused\""));
    }
}
