package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.PublisherPerTest;
import org.pravasi.registry.testing.TestNode;

/** Every text and URL field of a descriptor is screened, and coded fields are checked, before anything is stored. */
class PersonalDataInDescriptorsTest {
    private static final String CSV = "district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n";
    private static final String AADHAAR = "234567890124";
    private static final String TRAFFICKED =
            "In March 2024, 3 women aged 16-17 from Barsoi block of Katihar were trafficked.";

    @RegisterExtension
    static final PublisherPerTest SHARED = new PublisherPerTest("screened-org");

    /** The class's node. */
    RegistryNode node;

    /** This test's publisher. */
    String org;

    @BeforeEach
    void publisher() {
        node = SHARED.node();
        org = SHARED.org();
    }

    /** The PublisherTest descriptor with {@code extra} fields added (or replacing the description). */
    private String descriptor(String extra) {
        return """
            {"slug": "legal-aid", "publisher": "%s", "title": "Legal aid cases", %s
             "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "service", "role": "dimension", "codeList": "service-type"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """.formatted(org, extra.contains("\"description\"") ? extra : "\"description\": \"Test.\", " + extra);
    }

    private PublishOutcome publish(String descriptor) {
        return node.publisher()
                .publish(new PublishRequest(
                        org,
                        "d.json",
                        descriptor.getBytes(StandardCharsets.UTF_8),
                        "f.csv",
                        CSV.getBytes(StandardCharsets.UTF_8),
                        false));
    }

    /** Publishes, expects a refusal naming {@code field}, and checks that nothing stored changed. */
    private List<Finding> assertRefused(String descriptor, String field) {
        long before = TestNode.quads(node);
        PublishOutcome o = publish(descriptor);
        assertEquals(
                PublishOutcome.Status.REFUSED, o.status(), () -> o.findings().toString());
        List<Finding> errors = o.findings().stream()
                .filter(f -> f.isError() && f.column().equals(field))
                .toList();
        assertFalse(
                errors.isEmpty(),
                () -> "expected an error on field '" + field + "' in "
                        + o.findings().stream().map(Finding::describe).toList());
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
        return errors;
    }

    @Test
    void refusesAPhoneOrACountOfPeopleInTheSlugThatBecomesItsAddress() {
        for (String slug : List.of("ramesh-kumar-9876543210-wage-claim", "three-women-barsoi-rescued")) {
            assertRefused(descriptor("").replace("\"slug\": \"legal-aid\"", "\"slug\": \"" + slug + "\""), "slug");
        }
    }

    @Test
    void refusesAControlCharacterThatNoFeedCanCarry() {
        List<Finding> errors =
                assertRefused(descriptor("").replace("Legal aid cases", "Legal aid\\u000bcases"), "title");
        assertTrue(errors.getFirst().problem().contains("U+000B"), errors::toString);
    }

    @Test
    void refusesAPersonInTheLanguageField() {
        List<Finding> errors =
                assertRefused(descriptor("\"language\": [\"en\", \"Sunita Devi 9876543210\"],"), "language");

        errors.forEach(
                f -> assertFalse(f.describe().contains("Sunita") || f.describe().contains("9876543210"), f.describe()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "zz", "en_IN", "hindi language", "hi-x-sunita-devi", "en-IN-x-katihar"})
    void refusesLanguagesThatAreNotBcp47Tags(String language) {
        assertRefused(descriptor("\"language\": [\"" + language + "\"],"), "language");
    }

    @Test
    void refusesAFormUrlCarryingANamePhoneAndAadhaar() {
        List<Finding> errors = assertRefused(
                descriptor("\"sourceUrl\": \"https://forms.example.org/register?name=Sunita+Devi"
                        + "&mobile=9876543210&aadhaar=" + AADHAAR + "\","),
                "sourceUrl");

        assertEquals(
                3,
                errors.size(),
                () -> errors.stream().map(Finding::describe).toList().toString());
        errors.forEach(f -> assertFalse(
                f.describe().contains("Sunita")
                        || f.describe().contains("9876543210")
                        || f.describe().contains(AADHAAR),
                f.describe()));
    }

    @Test
    void refusesASmallCountInTheSourceUrlAsAHarvestingPortalWould() {
        assertRefused(descriptor("\"sourceUrl\": \"https://x.org/news#3-women-from-barsoi\","), "sourceUrl");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "mailto:sunita.devi1987@gmail.com",
                "mailto:sd@yahoo.co.in",
                "mailto:sd@rediffmail.com",
                "mailto:sd@outlook.com"
            })
    void refusesAPersonalWebmailContactPoint(String contact) {
        assertRefused(descriptor("\"contactPoint\": \"" + contact + "\","), "contactPoint");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://pib.gov.in/a|b",
                "https://pib.gov.in/a b",
                "https://pib.gov.in/<a>",
                "https://pib.gov.in/{a}",
                "https://pib.gov.in/a\\\"b",
                "pib.gov.in/page",
                "ftp://pib.gov.in/x",
                "https:/pib.gov.in",
                "https://pib.gov.in/%zz"
            })
    void refusesSourceUrlsThatAreNotAbsoluteHttpIris(String url) {
        assertRefused(descriptor("\"sourceUrl\": \"" + url + "\","), "sourceUrl");
    }

    @Test
    void refusesALicenceThatIsNotAValidIri() {
        assertRefused(
                descriptor("\"licence\": \"https://creativecommons.org/licenses/by|4.0/\",")
                        .replace("\"licence\": \"https://creativecommons.org/licenses/by/4.0/\",", ""),
                "licence");
    }

    @Test
    void refusesACountOfPeopleBelowKInTheDescription() {
        List<Finding> errors = assertRefused(descriptor("\"description\": \"" + TRAFFICKED + "\","), "description");

        assertEquals("3 women", errors.getFirst().value());
        assertTrue(
                errors.getFirst().describe().contains("publicFigures"),
                errors.getFirst().describe());
    }

    @Test
    void refusesACountOfPeoplePartedByABlankLineInTheDescriptionAndSource() {
        // Portal pages show these fields in one paragraph: "3 women aged 16-17 from Barsoi".
        String parted = "In March 2024, 3\\n\\nwomen aged 16-17 from Barsoi block were trafficked.";

        assertEquals(
                "3 women",
                assertRefused(descriptor("\"description\": \"" + parted + "\","), "description")
                        .getFirst()
                        .value());
        assertRefused(descriptor("\"source\": \"Field notes. " + parted + "\","), "source");
    }

    @Test
    void refusesACountOfPeopleInAHindiDescription() {
        assertRefused(
                descriptor("\"description\": {\"en\": \"Cases.\", \"hi\": \"मार्च 2024 में तीन मज़दूर लापता हुए।\"},"),
                "description");
    }

    @Test
    void refusesADirectionControlWithoutQuotingWhatItHides() {
        // Every page shows "Legal aid cases, call 9876543210"; the screen read "0123456789", no phone number.
        List<Finding> errors = assertRefused(
                descriptor("").replace("Legal aid cases", "Legal aid cases, call \\u202E0123456789\\u202C"), "title");

        assertTrue(
                errors.stream()
                        .anyMatch(f -> f.problem().contains("direction control U+202E")
                                && f.fix().startsWith("Remove the direction control")),
                () -> errors.stream().map(Finding::describe).toList().toString());
        errors.forEach(f ->
                assertFalse(f.describe().contains("0123456789") || f.describe().contains("9876543210"), f.describe()));
    }

    @Test
    void refusesAPhoneAPageShowsReorderedAfterAnUrduWord() {
        // Urdu "contact" then "43210 98765" is shown "98765 43210" and the word, in a left-to-right paragraph.
        assertRefused(
                descriptor(
                        "\"description\": {\"en\": \"Cases.\", \"ur\": \"\u0631\u0627\u0628\u0637\u06C1 43210 98765\"},"),
                "description");
    }

    @Test
    void publishesAnUrduDescriptionWithAYear() {
        // "Legal aid cases in Katihar district, 2024"
        PublishOutcome o = publish(descriptor("\"description\": {\"en\": \"Cases.\", \"ur\":"
                + " \"\u06A9\u0679\u06CC\u06C1\u0627\u0631 \u0636\u0644\u0639 \u0645\u06CC\u06BA \u0642\u0627\u0646\u0648\u0646\u06CC"
                + " \u0627\u0645\u062F\u0627\u062F \u06A9\u06D2 \u0645\u0639\u0627\u0645\u0644\u0627\u062A 2024\"},"));

        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
    }

    @Test
    void publishesADeclaredPublicFigureAndRecordsItsSource() {
        PublishOutcome o =
                publish(descriptor("\"description\": \"" + TRAFFICKED + "\", \"publicFigures\": [{\"phrase\":"
                        + " \"3 women aged 16-17\", \"source\": \"https://news.example.org/katihar-2024\"}],"));

        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
        assertEquals(1, count("""
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/pravasi/id/dataset/%s/legal-aid> {
                  ?activity prov:used ?figure . ?figure a prov:Entity ; prov:value "3 women aged 16-17" ;
                            prov:wasQuotedFrom <https://news.example.org/katihar-2024> } }""".formatted(org)));
    }

    @Test
    void aPublicFigureDoesNotExemptOtherCounts() {
        assertRefused(
                descriptor(
                        "\"description\": \"" + TRAFFICKED + " 2 girls were found later.\", \"publicFigures\":"
                                + " [{\"phrase\": \"3 women aged 16-17\", \"source\": \"https://news.example.org/katihar-2024\"}],"),
                "description");
    }

    @Test
    void refusesAPublicFigureWithoutAValidSource() {
        assertRefused(
                descriptor("\"description\": \"" + TRAFFICKED + "\", \"publicFigures\": [{\"phrase\": \"3 women\","
                        + " \"source\": \"a newspaper\"}],"),
                "publicFigures[0]");
    }

    @Test
    void refusesMoreThanAHundredDeclaredPublicFigures() {
        StringBuilder figures = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            figures.append(i == 0 ? "" : ", ")
                    .append("{\"phrase\": \"")
                    .append(i == 0 ? "3 women aged 16-17" : "3 women aaa" + i)
                    .append("\", \"source\": \"https://news.example.org/a\"}");
        }

        List<Finding> errors = assertRefused(
                descriptor("\"description\": \"" + TRAFFICKED + "\", \"publicFigures\": [" + figures + "],"),
                "publicFigures");

        assertTrue(
                errors.getFirst().describe().contains("lists 101 figures; at most 100"),
                errors.getFirst().describe());
    }

    @Test
    void refusesPhonesWrittenInDevanagariDigits() {
        assertRefused(descriptor("\"description\": \"Call ९८७६५४३२१० for help.\","), "description");
    }

    @Test
    void refusesWhatsAppLinksInTheTitle() {
        assertRefused(
                descriptor("")
                        .replace("\"title\": \"Legal aid cases\"", "\"title\": \"Legal aid: wa.me/919876543210\""),
                "title");
    }

    @Test
    void refusesObfuscatedEmailInKeywords() {
        assertRefused(descriptor("\"keywords\": [\"legal aid\", \"sunita [at] gmail [dot] com\"],"), "keywords");
    }

    @Test
    void refusesPersonalDataInTheSource() {
        assertRefused(descriptor("\"source\": \"Register kept by Smt. Sunita Devi\","), "source");
    }

    @Test
    void acceptsAnOrganisationalContactAndAPressReleaseSource() {
        PublishOutcome o = publish(
                descriptor(
                        "\"contactPoint\": \"mailto:data@mrc-alliance.example.org\", \"sourceUrl\":"
                                + " \"https://pib.gov.in/PressReleasePage.aspx?PRID=2036940\", \"language\": [\"en\", \"hi\", \"hi-Deva-IN\"],"));

        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
    }

    private long count(String sparql) {
        return node.store().read(() -> {
            try (QueryExecution qe = QueryExecution.create(
                    sparql, DatasetFactory.wrap(node.store().dataset()))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
