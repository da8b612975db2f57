package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.pages.Messages;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.disclosure.PersonalDataFinding;
import org.pravasi.registry.disclosure.PersonalDataScreen;

/** The pipeline's finding texts as message keys plus arguments, in English and Hindi. */
@DisplayName("Finding texts: keys plus arguments, English and Hindi")
class FindingTextsTest {
    /** Two Latin words in a row: an English sentence (quoted values and column names are taken out first). */
    static final Pattern LATIN_SENTENCE = Pattern.compile("[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}");

    static final Map<String, String> EN = Messages.bundle("messages", "en");
    static final Map<String, String> HI = Messages.bundle("messages", "hi");
    static final Ui HINDI = new Ui(Messages.load().in("hi"), "/publish", List.of());
    static final Ui ENGLISH = new Ui(Messages.load().in("en"), "/publish", List.of());

    /**
     * The text without what it quotes ('…', "…") and without the candidates it names ("Label [id]"): values, column
     * names and the names of places and codes stay as written.
     */
    static String sentence(String text) {
        return text.replaceAll("'[^']*'", "").replaceAll("\"[^\"]*\"", "").replaceAll("[^;:]*\\[[^]]*]", "");
    }

    @Test
    @DisplayName("every finding key has an English and a Hindi text, with the same arguments, the Hindi in Hindi")
    void everyFindingKeyHasBothLanguages() {
        Set<String> en = new TreeSet<>();
        EN.keySet().stream().filter(k -> k.startsWith(FindingTexts.PREFIX)).forEach(en::add);
        Set<String> hi = new TreeSet<>();
        HI.keySet().stream().filter(k -> k.startsWith(FindingTexts.PREFIX)).forEach(hi::add);
        assertTrue(en.size() > 50, "finding keys: " + en.size());
        assertEquals(en, hi, "the same finding keys in both languages");
        for (String key : en) {
            assertEquals(arguments(EN.get(key)), arguments(HI.get(key)), key);
            assertFalse(HI.get(key).isBlank(), key);
            Matcher latin = LATIN_SENTENCE.matcher(sentence(HI.get(key)));
            assertFalse(latin.find(), key + " is not in Hindi: " + HI.get(key));
        }
    }

    @Test
    @DisplayName("a code list named in a sentence reads as its Hindi name; a place as the caller names it")
    void codeListsAndPlacesInsideSentencesReadInHindi() {
        String unknown = "No category of violation-type has this name or label.";
        assertEquals("उल्लंघन का प्रकार की किसी श्रेणी का यह नाम या लेबल नहीं है।", FindingTexts.of(HINDI, unknown));
        assertEquals(unknown, FindingTexts.of(ENGLISH, unknown), "English unchanged");
        assertEquals(
                "ज़िला, अवधि, उल्लंघन का प्रकार का यह मेल एक से ज़्यादा बार आया है।",
                FindingTexts.of(HINDI, "This combination of district, period, violation-type appears more than once."),
                "the pipeline CSV's columns by their Hindi names");
        assertEquals(
                "गुरुग्राम का पुराना नाम",
                FindingTexts.of(HINDI, "former name of Gurugram", n -> n.equals("Gurugram") ? "गुरुग्राम" : n));
        assertEquals(
                "Katihar का हिंदी नाम",
                FindingTexts.of(HINDI, "Hindi name of Katihar", n -> "कटिहार"),
                "the English name a Hindi name stands for is what the sentence tells");
    }

    @Test
    @DisplayName("each personal-data finding of the screen reads in Hindi, its masked excerpt kept")
    void personalDataFindingsReadInHindi() {
        PersonalDataScreen screen = PersonalDataScreen.standard();
        List<String> cells = List.of(
                "call 98765 43210",
                "write to ramesh.kumar@gmail.com",
                "Aadhaar 2345 6789 0123",
                "PAN ABCDE1234F",
                "passport J8369854",
                "account 123456789012345");
        int seen = 0;
        for (String cell : cells) {
            for (PersonalDataFinding f : screen.checkCell(4, "Remarks", cell)) {
                seen++;
                String hindi = FindingTexts.of(HINDI, f.message());
                assertFalse(LATIN_SENTENCE.matcher(sentence(hindi)).find(), f.message() + " → " + hindi);
                assertTrue(hindi.contains(f.maskedExcerpt()), hindi);
                assertEquals(f.message(), FindingTexts.of(ENGLISH, f.message()), "English stays as the pipeline wrote");
            }
        }
        assertTrue(seen >= cells.size() - 1, "the screen flagged " + seen + " cells");
    }

    @Test
    @DisplayName("the reader's cell limits, counted or padded to the header, read in Hindi")
    void cellLimitFindingsReadInHindi() {
        var reader = new org.pravasi.registry.workspace.UploadReader(
                new org.pravasi.registry.workspace.UploadLimits(1_000_000, 1_000, 200, 100, 1_000));
        String header = "a,b,c,d,e,f,g,h,i,j\n";
        List<String> csvs = List.of(header + "1\n".repeat(200), header + "1,2,3,4,5,6,7,8,9,10\n".repeat(200));
        for (String csv : csvs) {
            var p = reader.read(
                    new org.pravasi.registry.workspace.Upload(
                            "c.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    java.util.Optional.empty(),
                    org.pravasi.registry.workspace.ReadProgress.NONE);
            var f = p.findings().getFirst();
            assertReadsInHindi(f.problem());
            assertReadsInHindi(f.fix());
        }
    }

    @Test
    @DisplayName("the refusal of counts to date that differ by less than k reads in Hindi")
    void countsToDateFindingsReadInHindi() {
        String problem = "The counts to date at line 2 (201,2024-Q1,collectivisation) and line 3"
                + " (201,2024-Q2,collectivisation) differ by less than the threshold of 10: the difference is a count"
                + " of the people who joined or left between the two periods.";
        String fix = "Publish counts to date for one period only, or the people who joined in each period (a count per"
                + " period, which is protected like any other); see docs/disclosure.md, \"Counts to date\".";
        assertReadsInHindi(problem);
        assertReadsInHindi(fix);
        assertReadsInHindi("The counts to date at line 5 (201,2024-Q1,collectivisation,_T) and line 9"
                + " (201,2024-Q2,collectivisation,_T), each less the counts published beside it in both periods, differ"
                + " by less than the threshold of 10: the difference is a count of the people who joined or left"
                + " between the two periods.");
    }

    @Test
    @DisplayName("the refusal of a table too costly to protect reads in Hindi")
    void tooCostlyFindingsReadInHindi() {
        var descriptor = org.pravasi.registry.ingest.DescriptorReader.read(
                        "d.json",
                        org.pravasi.registry.testing.LegalAidCases.DESCRIPTOR.getBytes(
                                java.nio.charset.StandardCharsets.UTF_8))
                .value()
                .orElseThrow();
        var table = new org.pravasi.registry.ingest.Table(
                "f.csv",
                descriptor,
                List.of(new org.pravasi.registry.ingest.Row(2, new String[] {"201", "2024-Q1", "legal-aid"}, 3)));
        var findings = new org.pravasi.registry.ingest.Findings();
        new org.pravasi.registry.publish.Disclosure(10)
                .reportTooCostly(
                        table,
                        new org.pravasi.registry.disclosure.TooCostly("protecting", 1, 1_000_000_000L, "units"),
                        findings);
        var f = findings.list().getFirst();
        assertReadsInHindi(f.problem());
        assertReadsInHindi(f.fix());
        var together = new org.pravasi.registry.ingest.Findings();
        new org.pravasi.registry.publish.Disclosure(10)
                .reportTogetherTooCostly(
                        "f.csv",
                        new org.pravasi.registry.disclosure.TooCostly("checking", 1, 2_000_000_000L, "units"),
                        together);
        assertReadsInHindi(together.list().getFirst().problem());
        assertReadsInHindi(together.list().getFirst().fix());
    }

    @Test
    @DisplayName("the refusal of a control character or a direction control in a text reads in Hindi")
    void controlCharacterFindingsReadInHindi() {
        var findings = new org.pravasi.registry.ingest.Findings();
        var disclosure = new org.pravasi.registry.publish.Disclosure(10);
        disclosure.screenText("d.json", "title", "Wage theft\u0007 cases", List.of(), findings);
        disclosure.screenText("d.json", "description", "Call \u202E0123456789\u202C now", List.of(), findings);
        // The control, the phone it turned around (read as shown), and the bell character.
        assertEquals(3, findings.list().size(), findings.list()::toString);
        for (var f : findings.list()) {
            assertReadsInHindi(f.problem());
            assertReadsInHindi(f.fix());
        }
    }

    /** {@code english} is a sentence of the bundles, and its Hindi has no English sentence left in it. */
    private static void assertReadsInHindi(String english) {
        assertTrue(FindingTexts.keyOf(english).isPresent(), english);
        String hindi = FindingTexts.of(HINDI, english);
        assertFalse(LATIN_SENTENCE.matcher(sentence(hindi)).find(), english + " → " + hindi);
    }

    @Test
    @DisplayName("a sentence is read back as its key and arguments, and the English of those is the sentence itself")
    void sentenceIsItsKeyAndArguments() {
        String text = "This name belongs to 2 districts; give the state (a state column, a state for the file, or"
                + " choose one).";
        var found = FindingTexts.keyOf(text).orElseThrow();
        assertEquals("finding.district.ambiguous", found.getKey());
        assertEquals(List.of("2"), found.getValue());
        assertEquals(text, ENGLISH.f(found.getKey(), found.getValue().toArray()));
        assertEquals(
                "यह नाम 2 ज़िलों का है; राज्य बताइए (राज्य का कॉलम, पूरी फ़ाइल के लिए एक राज्य, या एक चुनिए)।",
                FindingTexts.of(HINDI, text));
    }

    @Test
    @DisplayName("the findings of tables read together, as publishing writes them, read in Hindi")
    void tablesReadTogetherFindingsReadInHindi(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (var node = org.pravasi.registry.testing.TestNode.start(dir, java.util.Optional.empty())) {
            String descriptor = """
                    {"slug": "%s", "publisher": "mrc-alliance", "title": "Cases", "description": "Test.",
                     "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                     "columns": [{"name": "%s", "role": "area", "level": "%s"},
                                 {"name": "year", "role": "period", "granularity": "year"},
                                 {"name": "cases", "role": "measure", "measure": "cases"}]}
                    """;
            var state = org.pravasi.registry.testing.LegalAidCases.publish(
                    node,
                    descriptor.formatted("by-state", "state", "state"),
                    "state,year,cases\n10,2024,3\n20,2024,30\n9,2024,12\n",
                    "mrc-alliance",
                    false);
            assertEquals("PUBLISHED", state.status().name(), state.toString());
            // One district a state, so that no state's total is a line of the table itself: Ranchi is Jharkhand's 30,
            // and the line's total less Ranchi gives Purnia's 3.
            var refused = org.pravasi.registry.testing.LegalAidCases.publish(
                    node,
                    descriptor.formatted("by-district", "district", "district"),
                    "district,year,cases\n339,2024,30\n214,2024,3\n",
                    "mrc-alliance",
                    true);
            assertEquals("REFUSED", refused.status().name(), refused.toString());
            for (var f : refused.findings()) {
                for (String english : List.of(f.problem(), f.fix())) {
                    String hindi = FindingTexts.of(HINDI, english);
                    assertFalse(LATIN_SENTENCE.matcher(sentence(hindi)).find(), english + " → " + hindi);
                }
            }
        }
    }

    @Test
    void versionsReadTogetherFindingsReadInHindi(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (var node = org.pravasi.registry.testing.TestNode.start(dir, java.util.Optional.empty())) {
            String descriptor = """
                    {"slug": "cases", "publisher": "mrc-alliance", "title": "Cases", "description": "Test.",
                     "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                     "columns": [{"name": "%s", "role": "area", "level": "%s"},
                                 {"name": "year", "role": "period", "granularity": "year"},
                                 {"name": "cases", "role": "measure", "measure": "cases"}]}
                    """;
            String first = "district,year,cases\n201,2023,20\n201,2024,25\n214,2023,30\n214,2024,40\n";
            List<org.pravasi.registry.publish.PublishOutcome> refused = new java.util.ArrayList<>();
            var v1 = org.pravasi.registry.testing.LegalAidCases.publish(
                    node, descriptor.formatted("district", "district"), first, "mrc-alliance", false);
            assertEquals("PUBLISHED", v1.status().name(), v1.toString());
            // Ranchi's 3 could only hide behind counts the current version published unchanged.
            refused.add(org.pravasi.registry.testing.LegalAidCases.publish(
                    node,
                    descriptor.formatted("district", "district"),
                    first + "339,2023,3\n339,2024,15\n",
                    "mrc-alliance",
                    true));
            var byState = org.pravasi.registry.testing.LegalAidCases.publish(
                    node,
                    descriptor.formatted("state", "state"),
                    "state,year,cases\n10,2024,3\n20,2024,30\n9,2024,12\n",
                    "mrc-alliance",
                    false);
            assertEquals("PUBLISHED", byState.status().name(), byState.toString());
            // Ranchi by Jharkhand's 30 in the version this one replaces, and Purnia's 3 by the line's total.
            refused.add(org.pravasi.registry.testing.LegalAidCases.publish(
                    node,
                    descriptor.formatted("district", "district"),
                    "district,year,cases\n339,2024,30\n214,2024,3\n",
                    "mrc-alliance",
                    true));
            for (var o : refused) {
                assertEquals("REFUSED", o.status().name(), o.toString());
                for (var f : o.findings()) {
                    for (String english : List.of(f.problem(), f.fix())) {
                        String hindi = FindingTexts.of(HINDI, english);
                        assertFalse(LATIN_SENTENCE.matcher(sentence(hindi)).find(), english + " → " + hindi);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("a sentence carrying hostile input is read in linear time, not by backtracking")
    void hostileInputIsReadInLinearTime() {
        // A mapping value (under the form's 16 KiB) in "'…' is not a kind of value the workspace maps.": "{0}; {1}"
        // hands the rest to the five-argument sentence of tables read together, whose separators it repeats hundreds
        // of times and whose last one it leaves out. Backtracking tried every split: about half an hour, on the event
        // loop.
        String value = "x; The withheld counts of your dataset '" + "' at ".repeat(800) + " add up to ".repeat(360)
                + ", below the threshold of ".repeat(320);
        String text = "'" + value + "' is not a kind of value the workspace maps.";
        assertTrue(text.length() < 16 * 1024, "fits the form: " + text.length());
        String hindi = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> FindingTexts.of(HINDI, text));
        assertTrue(hindi.contains("' at ' at ' at "), "the value is kept as written");
    }

    @Test
    @DisplayName("a mebibyte of text (as much as a story's form takes) is read in bounded time")
    void aMebibyteOfTextIsReadInBoundedTime() {
        String text =
                "'" + "; {0} at ' add up to , below the threshold of ".repeat(23_000) + "' is not a district code.";
        assertTrue(text.length() > 1024 * 1024, "length " + text.length());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> FindingTexts.of(HINDI, text));
    }

    @Test
    @DisplayName("a sentence nested in itself thousands of times is read a few levels deep, not as deep as it goes")
    void aSentenceNestedInItselfIsReadAFewLevelsDeep() {
        // the columns of "This combination of {0} appears more than once." were each read again from the top
        String nested = "This combination of ".repeat(24_000) + "district" + " appears more than once.".repeat(24_000);
        assertTrue(nested.length() > 1024 * 1024, "length " + nested.length());
        String hindi = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> FindingTexts.of(HINDI, nested));
        assertTrue(hindi.endsWith(HINDI.f("finding.rows.duplicate", "")), hindi.substring(hindi.length() - 100));
    }

    @Test
    @DisplayName("a sentence nested in another reads in Hindi, each argument where the English had it")
    void nestedSentencesReadInHindi() {
        String inner =
                "The withheld counts of your dataset 'by-district' at Bihar, 2024 add up to 3, below the threshold"
                        + " of 10, as anyone can work out from this table and 'by-state'.";
        var found = FindingTexts.keyOf(inner).orElseThrow();
        assertEquals("finding.together.storedSmallSum", found.getKey());
        assertEquals(List.of("by-district", "Bihar, 2024", "3", "10", "'by-state'"), found.getValue());
        assertEquals(
                HINDI.f(
                        "finding.reason.both",
                        HINDI.f("finding.reason.namesState", "62"),
                        HINDI.f(
                                "finding.together.storedSmallSum",
                                "by-district",
                                "Bihar, 2024",
                                "3",
                                "10",
                                "'by-state'")),
                FindingTexts.of(HINDI, "62 of the values name a state; " + inner));
    }

    private static Set<String> arguments(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
