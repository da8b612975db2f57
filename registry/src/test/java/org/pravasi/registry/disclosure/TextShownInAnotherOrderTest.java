package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A browser lays text out by the Unicode Bidirectional Algorithm, so what a page shows may run in another order than
 * what is stored: the screen reads a text in the order shown too (an outside review, session 38).
 */
class TextShownInAnotherOrderTest {
    private static final String RLO = "\u202E";
    private static final String PDF = "\u202C";
    private static final String URDU_CONTACT = "\u0631\u0627\u0628\u0637\u06C1";
    private static final String URDU_PHONE = "\u0641\u0648\u0646";

    private final PersonalDataScreen screen = PersonalDataScreen.withThreshold(10);

    @ParameterizedTest(name = "{1}, shown {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PHONE        | Call <RLO>0123456789<PDF> now          | Call 9876543210 now",
                "PEOPLE_COUNT | <RLO>nemow 3<PDF> from Barsoi          | 3 women from Barsoi",
                "PERSON_NAME  | <RLO>iveD atinuS .tmS<PDF> said        | Smt. Sunita Devi said",
                "PHONE        | <URDU_CONTACT> 43210 98765             | 98765 43210 and the Urdu word",
                "PHONE        | <URDU_PHONE> 3210 654 987              | 987 654 3210 and the Urdu word",
                "PHONE        | Call <RLO>01234 (56789)<PDF>           | Call (98765) 43210, brackets mirrored",
                "PHONE        | Call <RLI><RLO>0123456789<PDF><PDI> now | Call 9876543210 now",
                "PHONE        | Call <RLM>43210 98765 now              | Call 98765 43210 now",
                "PHONE        | Call <ALM>43210 98765 now              | Call 98765 43210 now",
            })
    @DisplayName("personal data shown only once the text is laid out is found")
    void findsPersonalDataShownOnlyInVisualOrder(PersonalDataKind kind, String written, String shown) {
        String text = written.replace("<RLO>", RLO)
                .replace("<PDF>", PDF)
                .replace("<RLI>", "\u2067")
                .replace("<PDI>", "\u2069")
                .replace("<RLM>", "\u200F")
                .replace("<ALM>", "\u061C")
                .replace("<URDU_CONTACT>", URDU_CONTACT)
                .replace("<URDU_PHONE>", URDU_PHONE);

        List<PersonalDataFinding> findings = screen.checkText(text);

        assertTrue(findings.stream().anyMatch(f -> f.kind() == kind), () -> written + ": " + findings);
    }

    @Test
    @DisplayName("a line break is read as a page's paragraph shows it: one paragraph")
    void findsDigitsAPageShowsReorderedAcrossALineBreak() {
        List<PersonalDataFinding> findings = screen.checkText(URDU_CONTACT + "\n43210 98765");

        assertTrue(findings.stream().anyMatch(f -> f.kind() == PersonalDataKind.PHONE), findings::toString);
    }

    @Test
    @DisplayName("a harvest refusal quoting a text masks what its page would show")
    void maskedHidesWhatOnlyTheVisualOrderShows() {
        String masked = screen.masked("a literal " + URDU_CONTACT + " 43210 98765 of <https://x.org/p>");

        assertFalse(masked.contains("43210") || masked.contains("98765"), masked);
        assertTrue(masked.startsWith("a literal ") && masked.endsWith(" of <https://x.org/p>"), masked);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // "Workers from Katihar district returned home safely."
                "\u06A9\u0679\u06CC\u06C1\u0627\u0631 \u0636\u0644\u0639 \u06A9\u06D2 \u0645\u0632\u062F\u0648\u0631"
                        + " \u062D\u0641\u0627\u0638\u062A \u0633\u06D2 \u06AF\u06BE\u0631 \u0644\u0648\u0679\u06D2\u06D4",
                // "Legal aid cases, 2024" and "2024 Q1-Q4 legal aid in Purnia"
                "\u0642\u0627\u0646\u0648\u0646\u06CC \u0627\u0645\u062F\u0627\u062F 2024",
                "\u0642\u0627\u0646\u0648\u0646\u06CC \u0627\u0645\u062F\u0627\u062F 2024 \u067E\u0648\u0631\u0646\u06CC\u06C1",
                "\u0642\u0627\u0646\u0648\u0646\u06CC \u0627\u0645\u062F\u0627\u062F \u0662\u0660\u0662\u0664",
                "Legal aid (\u0642\u0627\u0646\u0648\u0646\u06CC \u0627\u0645\u062F\u0627\u062F) in Katihar, 2023-Q1 to 2024-Q4.",
                "\u0915\u091F\u093F\u0939\u093E\u0930 \u091C\u093F\u0932\u0947 \u092E\u0947\u0902 2024 \u092E\u0947\u0902"
                        + " \u0915\u093E\u0928\u0942\u0928\u0940 \u0938\u0939\u093E\u092F\u0924\u093E \u0915\u0947 \u092E\u093E\u092E\u0932\u0947",
                "Wage theft cases in Katihar district, 2024, by quarter.",
            })
    @DisplayName("Urdu, Hindi and English text without personal data passes in every order")
    void ordinaryTextInEveryScriptPasses(String text) {
        assertEquals(List.of(), screen.checkText(text));
    }

    @Test
    @DisplayName("a text in Latin script only is not laid out again")
    void latinTextNeedsNoLayout() {
        assertFalse(VisualOrder.needed("Call 98765 43210 now – “quoted” — 3 women"));
        assertFalse(VisualOrder.needed("\u0915\u091F\u093F\u0939\u093E\u0930 2024"));
        assertTrue(VisualOrder.needed(URDU_CONTACT + " 2024"));
        assertTrue(VisualOrder.needed("\u2067" + "12 34" + "\u2069"));
    }

    @Test
    @DisplayName("a finding in the visual order is reported where its characters are written")
    void visualFindingsStandWhereWritten() {
        String text = "Call " + RLO + "0123456789" + PDF + " now";

        PersonalDataFinding finding = screen.checkText(text).getFirst();

        assertEquals("Line 1, column 6", finding.location());
    }
}
