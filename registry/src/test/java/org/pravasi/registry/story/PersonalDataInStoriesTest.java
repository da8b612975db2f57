package org.pravasi.registry.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.TestNode;

/** Stories are screened in every field, counts of people below k included, before anything is stored. */
class PersonalDataInStoriesTest {
    private static final String TRAFFICKED =
            "In March 2024, 3 women aged 16-17 from Barsoi block of Katihar were trafficked.";

    @TempDir
    Path dir;

    RegistryNode node;

    @BeforeEach
    void start() {
        node = TestNode.start(dir);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private static String story(String frontMatter, String body) {
        return "---\ntitle: Safe return\nlanguage: en\ndate: 2024-05-10\nthemes: [legal-aid]\nsummary: A rescue.\n"
                + frontMatter + "---\n" + body + "\n";
    }

    private StoryOutcome publish(String markdown) {
        return node.stories().publish("mrc-alliance", "safe-return.md", markdown.getBytes(StandardCharsets.UTF_8));
    }

    private void assertRefused(String markdown, String field, String value) {
        long before = TestNode.quads(node);
        StoryOutcome o = publish(markdown);
        assertFalse(o.published(), () -> o.findings().toString());
        assertTrue(
                o.findings().stream()
                        .anyMatch(f -> f.isError()
                                && f.column().equals(field)
                                && f.value().equals(value)),
                () -> "expected an error on '" + field + "' with value '" + value + "' in "
                        + o.findings().stream().map(Finding::describe).toList());
        assertEquals(before, TestNode.quads(node), "a refused story changes nothing stored");
    }

    @Test
    void refusesACountOfPeopleBelowKInTheBody() {
        assertRefused(story("", TRAFFICKED), "body", "3 women");
    }

    @Test
    void refusesACountOfPeoplePartedFromItsPeopleWordByAParagraphBreak() {
        // Search snippets flatten the body's paragraphs: "3 women aged 16-17 from Barsoi".
        assertRefused(
                story("", "In March 2024, 3\n\nwomen aged 16-17 from Barsoi block were trafficked."),
                "body",
                "3 women");
    }

    @Test
    void refusesADirectionControlWrittenAsAnHtmlCharacterReference() {
        // The page shows "Call 9876543210 now": commonmark decodes &#x202E; to the override itself.
        assertRefused(story("", "Call &#x202E;0123456789&#x202C; now."), "body", "U+202E");
    }

    @Test
    void refusesADirectionControlInTheTitle() {
        assertRefused(
                story("", "Text.").replace("title: Safe return", "title: Safe return \u202Eived atinuS .tmS\u202C"),
                "title",
                "U+202E");
    }

    @Test
    void refusesACountOfPeopleInTheTitleAndSummary() {
        assertRefused(
                story("", "Text.").replace("title: Safe return", "title: Three migrant workers return"),
                "title",
                "Three migrant workers");
        assertRefused(
                story("", "Text.").replace("summary: A rescue.", "summary: 2 minor girls were found."),
                "summary",
                "2 minor girls");
    }

    @Test
    void refusesHiddenPhoneNumbersInTheBody() {
        assertRefused(story("", "Call 98765\u200B43210 or ９８７６５４３２１０."), "body", "98******10");
    }

    @Test
    void publishesADeclaredPublicFigureAndRecordsItsSource() {
        StoryOutcome o = publish(
                story("publicFigures: [3 women aged 16-17 = https://news.example.org/katihar-2024]\n", TRAFFICKED));

        assertTrue(o.published(), () -> o.findings().toString());
        assertEquals(1, count("""
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?story prov:wasDerivedFrom ?figure . ?figure a prov:Entity ;
                  prov:value "3 women aged 16-17" ; prov:wasQuotedFrom <https://news.example.org/katihar-2024> } }"""));
    }

    @Test
    void refusesAPhoneOrACountOfPeopleInTheFileNameThatBecomesItsAddress() {
        long before = TestNode.quads(node);
        for (String name : List.of("ramesh-9876543210-wage-claim.md", "three-women-barsoi-rescued.md")) {
            StoryOutcome o = node.stories()
                    .publish("mrc-alliance", name, story("", "Text.").getBytes(StandardCharsets.UTF_8));
            assertFalse(o.published(), name);
            assertTrue(
                    o.findings().stream()
                            .anyMatch(f -> f.isError() && f.column().equals("file name")),
                    () -> name + ": "
                            + o.findings().stream().map(Finding::describe).toList());
        }
        assertEquals(before, TestNode.quads(node), "a refused story changes nothing stored");
    }

    @Test
    void aDeclaredPublicFigureDoesNotCoverTheSameCountElsewhereInTheStory() {
        assertRefused(
                story(
                        "publicFigures: [3 women aged 16-17 = https://news.example.org/katihar-2024]\n",
                        TRAFFICKED + " In April, 3 women from Barsoi were trafficked."),
                "body",
                "3 women");
    }

    @Test
    void refusesAPublicFigureWithoutASource() {
        long before = TestNode.quads(node);
        StoryOutcome o = publish(story("publicFigures: [3 women aged 16-17]\n", TRAFFICKED));

        assertFalse(o.published());
        assertTrue(o.findings().stream().anyMatch(f -> f.column().equals("publicFigures")), o.findings()::toString);
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void refusesMoreThanAHundredDeclaredPublicFigures() {
        long before = TestNode.quads(node);
        StringBuilder figures = new StringBuilder("publicFigures: [");
        for (int i = 0; i < 101; i++) {
            figures.append(i == 0 ? "" : ", ")
                    .append(i == 0 ? "3 women aged 16-17" : "3 women aaa" + i)
                    .append(" = https://news.example.org/a");
        }
        StoryOutcome o = publish(story(figures + "]\n", TRAFFICKED));

        assertFalse(o.published());
        assertTrue(
                o.findings().stream()
                        .anyMatch(f -> f.column().equals("publicFigures")
                                && f.describe().contains("declares 101 public figures; at most 100")),
                o.findings()::toString);
        assertEquals(before, TestNode.quads(node));
    }

    private long count(String sparql) {
        return node.store().read(() -> {
            try (QueryExecution qe = QueryExecution.create(
                    sparql, DatasetFactory.wrap(node.store().dataset()))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Call 98765\\-43210 for help.",
                "Call 98765&ensp;43210 for help.",
                "Call 98765&ZeroWidthSpace;43210 for help.",
                "Call 98765&NoBreak;43210 for help.",
                "Write to sunita\\@gmail\\.com for help.",
                "In March 2024, 3 *women* from Barsoi were trafficked.",
                "In March 2024, 3 _women_ from Barsoi were trafficked.",
                "Ask [the paralegal](https://wa.me/919876543210) for help."
            })
    void refusesPersonalDataThatOnlyTheRenderedPageSpellsOut(String body) {
        // Each reads as a phone, an address or a small count only once Markdown is rendered: escapes dropped, every
        // HTML entity decoded, emphasis gone. The page shows what the screen must see.
        StoryOutcome o = publish(story("", body));
        assertFalse(o.published(), () -> body + " -> " + o.findings());
        assertTrue(
                o.findings().stream().anyMatch(f -> f.isError() && f.column().startsWith("body")),
                () -> body + " -> "
                        + o.findings().stream().map(Finding::describe).toList());
    }
}
