package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.story.StoryOutcome;
import org.pravasi.registry.testing.PublisherPerTest;
import org.pravasi.registry.testing.TestNode;

/**
 * A figure stated in text is one more equation beside the organisation's tables (docs/disclosure.md, "Figures stated in
 * text"): whatever text states it (a story, a description, a change note, a withdrawal reason, the profile) and in
 * whichever order text and table come, a figure that gives a withheld count away is refused. The table: cases in
 * 2024-Q1 by sex in Katihar (201) and Purnia (214) of Bihar, with each district's total; Katihar's 3 women is the
 * primary, and the cube through Purnia protects it (Bihar's total by sex is taken as known), so Katihar's 45 men, and
 * Purnia's 12 women and 30 men, are withheld with it. Stating any one of them gives the other three away.
 */
class StatedFiguresTest {
    private static final String DESCRIPTOR = """
            {"slug": "by-sex", "publisher": "ORG", "title": "Cases by sex", "description": "DESCRIPTION",
             "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "sex", "role": "dimension", "codeList": "gender"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    private static final String TABLE = "district,quarter,sex,cases\n"
            + "201,2024-Q1,female,3\n201,2024-Q1,male,45\n201,2024-Q1,_T,48\n"
            + "214,2024-Q1,female,12\n214,2024-Q1,male,30\n214,2024-Q1,_T,42\n";

    /** A withheld complement, stated in full. */
    private static final String COMPLEMENT = "In Katihar we handled 45 cases of men in 2024-Q1, most from brick kilns.";

    @RegisterExtension
    static final PublisherPerTest SHARED = new PublisherPerTest("stated-org");

    RegistryNode node;
    String org;

    @BeforeEach
    void publisher() {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (../shared/data/geo)");
        node = SHARED.node();
        org = SHARED.org();
    }

    private PublishOutcome publish(String description, String csv) {
        return node.publisher()
                .publish(new PublishRequest(
                        org,
                        "d.json",
                        DESCRIPTOR
                                .replace("ORG", org)
                                .replace("DESCRIPTION", description)
                                .getBytes(StandardCharsets.UTF_8),
                        "f.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        false));
    }

    private StoryOutcome story(String slug, String body, String frontMatter) {
        String md = "---\ntitle: From the field\nlanguage: en\ndate: 2024-05-10\nthemes: [legal-aid]\n" + frontMatter
                + "---\n" + body + "\n";
        return node.stories().publish(org, slug + ".md", md.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(Finding::describe).toList().toString();
    }

    private static void assertNames(List<Finding> findings, String... parts) {
        String all = describe(findings);
        for (String part : parts) {
            assertTrue(all.contains(part), () -> "expected '" + part + "' in " + all);
        }
    }

    private void assertTablePublished() {
        PublishOutcome o = publish("Cases by sex.", TABLE);
        assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), () -> describe(o.findings()));
        assertEquals(4, o.withheld().primary() + o.withheld().secondary(), "the cube of four cells is withheld");
    }

    @Test
    void aStoryStatingAWithheldComplementIsRefused() {
        assertTablePublished();
        long before = TestNode.quads(node);
        StoryOutcome o = story("kilns", COMPLEMENT, "");
        assertFalse(o.published(), () -> describe(o.findings()));
        assertNames(o.findings(), "45 cases", "by-sex", "Figures stated in text");
        assertFalse(describe(o.findings()).contains("add up to 3"), "the withheld count itself is never named");
        assertEquals(before, TestNode.quads(node), "a refused story changes nothing stored");
    }

    @Test
    void aFigureInHindiIsReadToo() {
        assertTablePublished();
        StoryOutcome o = story("kilns-hi", "कटिहार में 2024-Q1 में पुरुषों के 45 मामले दर्ज हुए।", "");
        assertFalse(o.published(), () -> describe(o.findings()));
        assertNames(o.findings(), "by-sex");
    }

    @Test
    void aDescriptionStatingItsOwnWithheldCellIsRefused() {
        long before = TestNode.quads(node);
        PublishOutcome o = publish(COMPLEMENT, TABLE);
        assertEquals(PublishOutcome.Status.REFUSED, o.status(), () -> describe(o.findings()));
        assertNames(o.findings(), "45 cases", "201, 2024-Q1");
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
    }

    @Test
    void aNewVersionsDescriptionStatingAWithheldCellIsRefused() {
        assertTablePublished();
        PublishOutcome o = publish("Version 2: Purnia's count of women for 2024-Q1 is 12.", TABLE);
        assertEquals(PublishOutcome.Status.REFUSED, o.status(), () -> describe(o.findings()));
        assertNames(o.findings(), "'12'");
    }

    @Test
    void aWithdrawalReasonStatingAWithheldCellIsRefused() {
        assertTablePublished();
        WithdrawOutcome o =
                node.publisher().withdraw(org, "by-sex", "Katihar's figure for men in 2024-Q1 should read 47, not 45.");
        assertEquals(WithdrawOutcome.Status.REFUSED, o.status(), () -> describe(o.findings()));
        assertNames(o.findings(), "reason", "by-sex");
        assertEquals(
                WithdrawOutcome.Status.WITHDRAWN,
                node.publisher()
                        .withdraw(org, "by-sex", "Two quarters were counted twice.")
                        .status(),
                "the dataset was still there to withdraw, with a reason that states no figure");
    }

    @Test
    void anOrganisationDescriptionStatingAWithheldCellIsRefused() {
        assertTablePublished();
        assertProfileRefused(
                Map.of("en", "Our Katihar centre took up 45 complaints of men in the first quarter of 2024."),
                Organisation.named(org, org).centres());
    }

    @Test
    void aKeywordStatingAWithheldCellIsRefused() {
        long before = TestNode.quads(node);
        PublishOutcome o = node.publisher()
                .publish(new PublishRequest(
                        org,
                        "d.json",
                        DESCRIPTOR
                                .replace("ORG", org)
                                .replace("DESCRIPTION", "Cases by sex.")
                                .replace(
                                        "\"themes\"",
                                        "\"keywords\": [\"Katihar 2024-Q1: 45 cases of men\"], \"themes\"")
                                .getBytes(StandardCharsets.UTF_8),
                        "f.csv",
                        TABLE.getBytes(StandardCharsets.UTF_8),
                        false));
        assertEquals(PublishOutcome.Status.REFUSED, o.status(), () -> describe(o.findings()));
        assertNames(o.findings(), "keywords", "45 cases");
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void aCentresNameStatingAWithheldCellIsRefused() {
        assertTablePublished();
        assertProfileRefused(
                Organisation.named(org, org).description(),
                List.of(new Organisation.Centre("Katihar centre (45 cases of men in 2024-Q1)", "201")));
    }

    /** The test's organisation with this description and these centres is refused, naming the dataset. */
    private void assertProfileRefused(Map<String, String> description, List<Organisation.Centre> centres) {
        Organisation named = Organisation.named(org, org);
        Organisation profile = new Organisation(
                named.slug(),
                named.name(),
                named.type(),
                description,
                Optional.empty(),
                Optional.empty(),
                named.states(),
                centres,
                false);
        IllegalArgumentException x = assertThrows(
                IllegalArgumentException.class, () -> node.organisations().upsert(profile));
        assertTrue(x.getMessage().contains("by-sex"), x::getMessage);
    }

    @Test
    void aTableIsRefusedBesideAFigureAStoryStatedBefore() {
        StoryOutcome s = story("kilns-first", COMPLEMENT, "");
        assertTrue(s.published(), () -> describe(s.findings()));
        long before = TestNode.quads(node);
        PublishOutcome o = publish("Cases by sex.", TABLE);
        assertEquals(PublishOutcome.Status.REFUSED, o.status(), () -> describe(o.findings()));
        assertNames(o.findings(), "story 'kilns-first'", "45 cases");
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void aSumTheSuppressionDoesNotModelIsRefused() {
        // Katihar's first quarter (3) is withheld with another quarter of Katihar's and Purnia's same two quarters
        // (each district's year and each quarter's Bihar total are taken as known). A sum over Katihar's first quarter
        // and a published quarter is a line the suppression never modelled.
        String csv = "district,quarter,sex,cases\n"
                + "201,2024-Q1,_T,3\n201,2024-Q2,_T,40\n201,2024-Q3,_T,30\n201,2024-Q4,_T,50\n"
                + "214,2024-Q1,_T,20\n214,2024-Q2,_T,25\n214,2024-Q3,_T,15\n214,2024-Q4,_T,35\n";
        List<Long> withheld = new ArrayList<>();
        PublishOutcome first = node.publisher()
                .publish(
                        new PublishRequest(
                                org,
                                "d.json",
                                DESCRIPTOR
                                        .replace("ORG", org)
                                        .replace("DESCRIPTION", "By quarter.")
                                        .getBytes(StandardCharsets.UTF_8),
                                "f.csv",
                                csv.getBytes(StandardCharsets.UTF_8),
                                false),
                        (line, why) -> withheld.add(line));
        assertEquals(PublishOutcome.Status.PUBLISHED, first.status(), () -> describe(first.findings()));
        // Lines 2 to 5 are Katihar's quarters; which of 3 to 5 was withheld with line 2?
        int partner = withheld.stream()
                .mapToInt(Long::intValue)
                .filter(l -> l >= 3 && l <= 5)
                .findFirst()
                .orElseThrow();
        int published = partner == 3 ? 4 : 3;
        long sum = List.of(0L, 0L, 3L, 40L, 30L, 50L).get(2)
                + List.of(0L, 0L, 3L, 40L, 30L, 50L).get(published);
        StoryOutcome o = story(
                "half-year", "In 2024-Q1 and 2024-Q" + (published - 1) + ", Katihar recorded " + sum + " cases.", "");
        assertFalse(o.published(), () -> describe(o.findings()));
        assertNames(o.findings(), "by-sex");
    }

    @Test
    void aDeclaredFigureThatGivesAnotherWithheldCountAwayIsRefused() {
        assertTablePublished();
        StoryOutcome o = story(
                "rescue",
                "In Katihar, 3 cases of women were recorded in 2024-Q1.",
                "publicFigures: [3 cases of women = https://news.example.org/katihar-2024]\n");
        assertFalse(o.published(), () -> describe(o.findings()));
        assertNames(o.findings(), "201, 2024-Q1, male");
    }

    @Test
    void aChangeNoteSayingByHowMuchAWithheldCountMovedIsRefused() {
        assertTablePublished();
        PublishOutcome o =
                publish("Version 2: after a late report, Katihar's count of women for 2024-Q1 went up by 2.", TABLE);
        assertEquals(PublishOutcome.Status.REFUSED, o.status(), () -> describe(o.findings()));
        assertNames(o.findings(), "changed");
    }

    @Test
    void aChangeOfKOrMoreOfAWithheldCountIsRefused() {
        // Review 40b: a change is the difference of two counts; beside the count before it (a replaced version's, or
        // another period's), a change of any size states the withheld count after it.
        assertTablePublished();
        PublishOutcome o =
                publish("Version 2: after a late report, Katihar's count of men for 2024-Q1 went up by 15.", TABLE);
        assertEquals(PublishOutcome.Status.REFUSED, o.status(), () -> describe(o.findings()));
        assertNames(o.findings(), "changed", "the change gives the withheld count away");
        PublishOutcome published = publish("Version 2: Purnia's total for 2024-Q1 went up by 15.", TABLE);
        assertEquals(
                PublishOutcome.Status.PUBLISHED,
                published.status(),
                () -> "a change of a published count: " + describe(published.findings()));
    }

    @Test
    void figuresThatGiveNothingAwayPass() {
        assertTablePublished();
        for (String text : List.of(
                "12 cases were resolved.",
                "About 45 cases of men in Katihar in 2024-Q1 came from brick kilns.",
                "In Purnia we handled 42 cases in 2024-Q1.",
                "In Katihar we handled 48 cases in 2024-Q1, many of them brought by women.",
                "In 2024, across 23 camps, we met about 1,900 households.",
                "Wages rose 6.1 per cent; Rs. 9,876 was recovered for 12 districts.",
                "The alliance has worked since 2019 with 14 workers' collectives.")) {
            assertStory(text, true);
        }
    }

    /** Publishes {@code text} as a story of its own and asserts whether it was published. */
    private void assertStory(String text, boolean published) {
        StoryOutcome o = story("story-" + Math.abs(text.hashCode()), text, "");
        assertEquals(published, o.published(), () -> text + ": " + describe(o.findings()));
    }

    @Test
    void widerWordingsOfAWithheldCellAreRefusedToo() {
        // Review 40: a state beside its district, two places in one clause, a list of figures, "men" for cases.
        assertTablePublished();
        for (String text : List.of(
                "In Katihar (Bihar), we handled 45 cases of men in 2024-Q1.",
                "In 2024-Q1 we handled 45 cases of men in Katihar and 30 in Purnia.",
                "We handled 45 and 30 cases of men in Katihar and Purnia respectively in 2024-Q1.",
                "In Katihar we assisted 45 men in 2024-Q1.",
                "| District | Quarter | Sex | Cases |\n| --- | --- | --- | --- |\n| Katihar | 2024-Q1 | Male | 45 |")) {
            assertStory(text, false);
        }
    }

    @Test
    void aDeclaredPhraseIsReadEvenWhereNoTextRepeatsIt() {
        assertTablePublished();
        StoryOutcome o = story(
                "press-note",
                "A press note gave the district's figures.",
                "publicFigures: [45 cases of men in Katihar in 2024-Q1 = https://news.example.org/katihar-2024]\n");
        assertFalse(o.published(), () -> describe(o.findings()));
        assertNames(o.findings(), "201, 2024-Q1, female");
    }
}
