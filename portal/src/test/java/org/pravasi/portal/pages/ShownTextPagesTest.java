package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;

/**
 * Pages show published texts as the screen read them (review 38): a long description whole or cut at white space, so
 * that a reference number that passed the screen whole is never cut into a phone number; and each of several texts
 * shown side by side in a left-to-right isolate of its own, so that one keyword in Urdu does not reorder the digits of
 * the next into a phone number.
 */
@DisplayName("Pages show published texts as they were screened")
class ShownTextPagesTest {
    private static final String PHONE = "9876543210";

    /**
     * One space, then a token with two eleven-digit references ending at characters 181 and 281: the old cuts at 180
     * (search) and 280 (dataset list) showed their first ten digits, a mobile number.
     */
    static final String DESCRIPTION = description();

    /**
     * Two keywords that each pass the screen (review 38b): shown as one run, "1 رابطہ, 43210 98765" is laid out by the
     * browser as "1 98765 43210 ,رابطہ", a mobile number.
     */
    static final String URDU_KEYWORD = "1 \u0631\u0627\u0628\u0637\u06c1";

    static final String DIGITS_KEYWORD = "43210 98765";

    @TempDir
    static Path dir;

    static DemoPortal portal;

    @BeforeAll
    static void publish() {
        portal = DemoPortal.start(dir, Optional.empty());
        String descriptor = """
                {"slug": "shortened-check", "publisher": "mrc-alliance", "title": "Wage claims by district",
                 "description": "%s", "licence": "https://creativecommons.org/licenses/by/4.0/",
                 "themes": ["legal-aid"], "keywords": ["wages", "%s", "%s"],
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "quarter", "role": "period", "granularity": "quarter"},
                             {"name": "service", "role": "dimension", "codeList": "service-type"},
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """.formatted(DESCRIPTION, URDU_KEYWORD, DIGITS_KEYWORD);
        PublishOutcome o = portal.portal()
                .node()
                .publisher()
                .publish(new PublishRequest(
                        "mrc-alliance",
                        "d.json",
                        descriptor.getBytes(StandardCharsets.UTF_8),
                        "d.csv",
                        "district,quarter,service,cases\n118,2024-Q1,legal-aid,25\n".getBytes(StandardCharsets.UTF_8),
                        false));
        assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), o.toString());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    @DisplayName("the dataset list shows the words before the long reference, and no phone number")
    void datasetListCutsAtWhiteSpace() {
        String html = PageAssertions.okPage(portal.get("/datasets", "text/html"));
        assertTrue(html.contains("<p>Wage claims by district and quarter.…</p>"), html);
        assertFalse(html.contains(PHONE), "the list shows a phone number");
    }

    @Test
    @DisplayName("a search hit without a match shows the words before the long reference, and no phone number")
    void searchSnippetCutsAtWhiteSpace() {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String search;
        do {
            search = PageAssertions.okPage(portal.get("/search?type=dataset", "text/html"));
        } while (!search.contains("shortened-check") && System.nanoTime() < end);
        assertTrue(search.contains("shortened-check"), "the dataset is listed within 20 s");
        assertTrue(search.contains("Wage claims by district and quarter.…"), search);
        assertFalse(search.contains(PHONE), "search shows a phone number");
    }

    @Test
    @DisplayName("each keyword, dimension and publisher is its own left-to-right isolate on the dataset page")
    void separateTextsAreIsolated() {
        String html = PageAssertions.okPage(portal.get("/id/dataset/mrc-alliance/shortened-check", "text/html"));
        assertTrue(
                html.contains(
                        "<bdi dir=\"ltr\">" + URDU_KEYWORD + "</bdi>, <bdi dir=\"ltr\">" + DIGITS_KEYWORD + "</bdi>"),
                html);
        assertFalse(html.contains(URDU_KEYWORD + ", " + DIGITS_KEYWORD), "the keywords share one bidi run");
        assertTrue(html.matches("(?s).*<bdi dir=\"ltr\"><a class=\"org-link\" href=\"/id/org/mrc-alliance\".*"), html);
    }

    private static String description() {
        StringBuilder b = new StringBuilder("Wage claims by district and quarter. Source:registers/katihar/");
        while (b.length() < 180 - PHONE.length()) {
            b.append('x');
        }
        b.append(PHONE).append("1/");
        while (b.length() < 280 - PHONE.length()) {
            b.append('y');
        }
        b.append(PHONE).append("2/index");
        return b.toString();
    }
}
