package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.registry.disclosure.PersonalDataScreen;

/**
 * What a harvested literal carries besides its text is screened too: its language tag, and a date-typed value whose
 * year could hold a number (a well-formed {@code xsd:gYearMonth} of "98765432-10" is a phone number).
 */
class HarvestedLiteralScreenTest {
    static final String RECORD = "https://node-a.example.org/pravasi/id/dataset/mrc-alliance/legal-aid";
    static final String GRAPH = "https://node-a.example.org/pravasi/graph/record/mrc-alliance/legal-aid";

    private final GraphScreen screen = new GraphScreen(PersonalDataScreen.withThreshold(10));

    /** The problems the screen finds in one statement of a record graph, parsed as the harvest parses N-Quads. */
    private List<String> problems(String predicate, String object) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        String nquads = "<" + RECORD + "> <" + predicate + "> " + object + " <" + GRAPH + "> .\n";
        RDFParser.fromString(nquads, Lang.NQUADS).strict(true).parse(dsg);
        List<String> problems = new ArrayList<>();
        screen.check(dsg, List.of(NodeFactory.createURI(GRAPH)), problems);
        return problems;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "en-x-98765-43210",
                "hi-x-sunita-devi",
                "x-sunita",
                "en-u-nu-deva",
                "en-a-sunita",
                "hi-Deva-IN-1994",
                "en-Latn-IN-sunita",
                "sunitadevi"
            })
    @DisplayName("a language tag beyond a language, script and region is refused")
    void refusesALanguageTagThatCouldCarryText(String tag) {
        List<String> problems = problems(DCTerms.title.getURI(), "\"Wage theft\"@" + tag);

        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    @DisplayName("the refusal of a language tag says where it is and how to fix it, and does not quote it")
    void theRefusalOfALanguageTagSaysWhereAndHow() {
        String problem = problems(DCTerms.title.getURI(), "\"Wage theft\"@hi-x-sunita-devi")
                .getFirst();

        assertTrue(problem.contains("<" + DCTerms.title.getURI() + ">"), problem);
        assertTrue(problem.contains("<" + GRAPH + ">"), problem);
        assertTrue(problem.contains("<" + RECORD + ">"), problem);
        assertTrue(problem.contains("language tag"), problem);
        assertFalse(problem.contains("sunita"), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi", "EN", "bho", "hi-IN", "en-US", "hi-Deva", "hi-Deva-IN", "en-419", "hi-Latn"})
    @DisplayName("a language with a script and a region is harvested")
    void harvestsOrdinaryLanguageTags(String tag) {
        assertEquals(List.of(), problems(DCTerms.title.getURI(), "\"Wage theft\"@" + tag));
    }

    @Test
    @DisplayName("a literal with a direction control is refused, named by its code point and not quoted")
    void refusesADirectionControl() {
        // Every page would show "Wage theft, call 9876543210"; as written it holds no phone number.
        List<String> problems = problems(DCTerms.title.getURI(), "\"Wage theft, call \\u202E0123456789\\u202C\"@en");

        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.contains("direction control U+202E")
                                && p.contains("<" + DCTerms.title.getURI() + ">")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("a phone number")), problems::toString);
        assertFalse(problems.toString().contains("0123456789"), problems::toString);
    }

    @Test
    @DisplayName("a phone number a page shows only once Urdu text reorders it is refused")
    void refusesAPhoneShownReorderedAfterAnUrduWord() {
        // Urdu "contact" then "43210 98765": shown "98765 43210" and the word.
        List<String> problems = problems(DCTerms.title.getURI(), "\"\u0631\u0627\u0628\u0637\u06C1 43210 98765\"@ur");

        assertTrue(problems.stream().anyMatch(p -> p.contains("a phone number")), problems::toString);
    }

    @Test
    @DisplayName("an Urdu title with a year is harvested")
    void harvestsAnUrduTitleWithAYear() {
        // "Legal aid cases, Katihar, 2024"
        assertEquals(
                List.of(),
                problems(
                        DCTerms.title.getURI(),
                        "\"\u0642\u0627\u0646\u0648\u0646\u06CC \u0627\u0645\u062F\u0627\u062F\u060C"
                                + " \u06A9\u0679\u06CC\u06C1\u0627\u0631 2024\"@ur"));
    }

    @ParameterizedTest
    @CsvSource({
        "98765432-10, gYearMonth",
        "98765432-10-01, date",
        "-98765432-10-01, date",
        "98765432-10-01T00:00:00Z, dateTime",
    })
    @DisplayName("a date-typed literal whose year holds a phone number is refused")
    void refusesADateWhoseYearHoldsAPhone(String lexical, String type) {
        assertTrue(
                XSDDatatype.XSDgYearMonth.isValid("98765432-10") && XSDDatatype.XSDdate.isValid("98765432-10-01"),
                "both are well-formed dates");

        List<String> problems = problems(
                "http://purl.org/linked-data/sdmx/2009/dimension#refPeriod",
                "\"" + lexical + "\"^^<http://www.w3.org/2001/XMLSchema#" + type + ">");

        assertTrue(problems.stream().anyMatch(p -> p.contains("a phone number")), problems::toString);
    }

    @ParameterizedTest
    @CsvSource({"2024-03, gYearMonth", "2024, gYear", "1951, gYear", "2024-03-31, date", "2031-12-31, date"})
    @DisplayName("an ordinary date is harvested without being screened")
    void harvestsOrdinaryDates(String lexical, String type) {
        assertEquals(
                List.of(),
                problems(
                        "http://purl.org/linked-data/sdmx/2009/dimension#refPeriod",
                        "\"" + lexical + "\"^^<http://www.w3.org/2001/XMLSchema#" + type + ">"));
    }
}
