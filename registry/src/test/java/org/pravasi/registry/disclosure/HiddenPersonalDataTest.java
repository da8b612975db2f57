package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Personal data written so that a screen looking for ASCII digits and plain addresses would miss it. */
class HiddenPersonalDataTest {

    private static final String PHONE = "9876543210";
    private final PersonalDataScreen screen = PersonalDataScreen.standard();

    /** The zero of every script whose digits Unicode lists as decimal digits (Nd), except ASCII. */
    static Stream<Integer> digitZeros() {
        return IntStream.rangeClosed(0x80, Character.MAX_CODE_POINT)
                .filter(cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER && Character.digit(cp, 10) == 0)
                .boxed();
    }

    @ParameterizedTest
    @MethodSource("digitZeros")
    void findsPhoneAndAadhaarInEveryDigitScript(int zero) {
        String phone = inScript(PHONE, zero);
        String aadhaar = inScript(PersonalDataScreenTestSupport.aadhaar(), zero);

        assertKind(PersonalDataKind.PHONE, screen.checkText("call " + phone + " now"), phone);
        assertKind(PersonalDataKind.AADHAAR, screen.checkText("Aadhaar " + aadhaar), aadhaar);
    }

    @Test
    void findsDevanagariAndFullWidthDigits() {
        assertKind(PersonalDataKind.PHONE, screen.checkText("फ़ोन ९८७६५४३२१० पर करें"), "devanagari");
        assertKind(PersonalDataKind.PHONE, screen.checkText("call ９８７６５４３２１０"), "full-width");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF", "\u200E", "\u200F", "\u202A", "\u202C",
                "\u2066", "\u2069", "\u180E"
            })
    void findsNumbersSplitByInvisibleCharacters(String invisible) {
        String phone = String.join(invisible, PHONE.split(""));
        String aadhaar =
                String.join(invisible, PersonalDataScreenTestSupport.aadhaar().split(""));

        assertKind(
                PersonalDataKind.PHONE,
                screen.checkText("call " + phone),
                "phone split by U+" + Integer.toHexString(invisible.codePointAt(0)));
        assertKind(
                PersonalDataKind.AADHAAR,
                screen.checkText("id " + aadhaar),
                "aadhaar split by U+" + Integer.toHexString(invisible.codePointAt(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u202F", "\u2007", "\u2009", "\u3000", ".", " ", "-", "–", "\u2212"})
    void findsNumbersGroupedByAnySpaceOrDot(String separator) {
        assertKind(PersonalDataKind.PHONE, screen.checkText("call 98765" + separator + "43210"), separator);
        String a = PersonalDataScreenTestSupport.aadhaar();
        assertKind(
                PersonalDataKind.AADHAAR,
                screen.checkText(
                        "id " + a.substring(0, 4) + separator + a.substring(4, 8) + separator + a.substring(8)),
                separator);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "98765  43210",
                "98765 - 43210",
                "98765\n43210",
                "9 8 7 6 5 4 3 2 1 0",
                "+91 - 98765 43210",
                "98765**43210**",
                "**98765**43210",
                "`98765`43210",
                "98765_43210_",
                "&#57;&#56;&#55;&#54;&#53;&#52;&#51;&#50;&#49;&#48;",
                "&#x39;876543210",
                "98765&nbsp;43210",
                "98765&shy;43210",
                "⁹⁸⁷⁶⁵⁴³²¹⁰",
                "⑨⑧⑦⑥⑤④③②①⓪",
                "𝟗𝟖𝟕𝟔𝟓𝟒𝟑𝟐𝟏𝟎",
                "98765\u034F43210",
                "98765\uFE0043210",
                "98765\u316443210",
                "98765–43210",
                "98765—43210",
                "98765\u221243210",
                "98765\u201043210"
            })
    void findsPhonesWrittenAroundTheRules(String phone) {
        assertKind(PersonalDataKind.PHONE, screen.checkText("call " + phone + " today"), phone);
    }

    @Test
    void findsAnEmailWithAnHtmlAtSign() {
        assertKind(PersonalDataKind.EMAIL, screen.checkText("sunita&#64;gmail.com"), "&#64;");
        assertKind(PersonalDataKind.EMAIL, screen.checkText("sunita&commat;gmail&period;com"), "&commat;");
        assertKind(PersonalDataKind.EMAIL, screen.checkText("sunita @ gmail . com"), "spaced");
    }

    @Test
    void findsPhoneSplitByDotsInPairs() {
        assertKind(PersonalDataKind.PHONE, screen.checkText("call 98.76.54.32.10"), "pairs");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://wa.me/919876543210",
                "wa.me/919876543210",
                "https://wa.me/+919876543210",
                "https://api.whatsapp.com/send?phone=919876543210&text=hi",
                "https://t.me/+919876543210",
                "tel:+919876543210",
                "whatsapp://send?phone=919876543210"
            })
    void findsPhonesInMessagingLinks(String link) {
        assertKind(PersonalDataKind.PHONE, screen.checkText("Message us: " + link), link);
        assertKind(PersonalDataKind.PHONE, screen.checkIri(link.contains(":") ? link : "https://" + link), link);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sunita [at] gmail [dot] com",
                "sunita(at)gmail(dot)com",
                "sunita [at] gmail.com",
                "sunita{at}gmail{dot}com",
                "sunita at gmail dot com",
                "sunita AT gmail DOT com",
                "sunita ＠ gmail.com",
                "sunita＠gmail．com",
                "sunita.devi [at] yahoo [dot] co [dot] in"
            })
    void findsObfuscatedEmailAddresses(String address) {
        assertKind(PersonalDataKind.EMAIL, screen.checkText("Write to " + address + " today."), address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "mailto:sunita@gmail.com",
                "https://example.org/contact?to=sunita%40gmail.com",
                "https://example.org/contact?to=sunita@gmail.com",
                "https://example.org/u/sunita%2540gmail.com"
            })
    void findsEmailAddressesInsideUrls(String url) {
        assertKind(PersonalDataKind.EMAIL, screen.checkText("See " + url), url);
    }

    @Test
    void findsEverythingInAFormUrl() {
        String url = "https://forms.example.org/register?name=Sunita%20Devi&mobile=9876543210&aadhaar="
                + PersonalDataScreenTestSupport.aadhaar();

        List<PersonalDataKind> kinds =
                screen.checkIri(url).stream().map(PersonalDataFinding::kind).toList();

        assertEquals(List.of(PersonalDataKind.PERSONAL_FIELD, PersonalDataKind.PHONE, PersonalDataKind.AADHAAR), kinds);
        screen.checkIri(url).forEach(f -> {
            assertFalse(
                    f.message().contains("Sunita")
                            || f.message().contains("Devi")
                            || f.message().contains(PHONE),
                    f.message());
        });
    }

    @Test
    void aMailtoContactPointMustBeOrganisational() {
        assertEquals(List.of(), screen.checkContactPoint("mailto:data@mrc-alliance.example.org"));
        for (String personal : List.of(
                "mailto:sunita.devi@gmail.com",
                "mailto:sd1987@yahoo.co.in",
                "mailto:sd@rediffmail.com",
                "mailto:sd@outlook.com",
                "mailto:SD@HOTMAIL.COM",
                "mailto:sd%40gmail.com",
                "mailto:sd@ｇｍａｉｌ.com",
                "mailto:sd@gm\u200Bail.com")) {
            assertKind(PersonalDataKind.PERSONAL_CONTACT, screen.checkContactPoint(personal), personal);
        }
    }

    @Test
    void findsANameInAnIrisPath() {
        assertKind(
                PersonalDataKind.PERSON_NAME,
                screen.checkIri("https://example.org/people/Mr_Ramesh_Kumar/case"),
                "a name read as words");
    }

    @Test
    void findsAnEmailAddressAtAHyphenatedDomainInAQuery() {
        assertKind(
                PersonalDataKind.EMAIL,
                screen.checkIri("https://example.org/write?to=sunita@jan-sahas.org"),
                "an address as written");
    }

    @Test
    void aMailtoAnywhereButAContactPointIsAnEmailAddress() {
        assertKind(
                PersonalDataKind.EMAIL,
                screen.checkIri("mailto:data@mrc-alliance.example.org"),
                "an organisation's address outside a contact point");
    }

    @Test
    void aContactPointWithSeveralAddressesMustHaveOnlyOrganisationalOnes() {
        assertKind(
                PersonalDataKind.PERSONAL_CONTACT,
                screen.checkContactPoint("mailto:sunita.devi@gmail.com,data@mrc-alliance.example.org"),
                "a free-mail address first");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://pib.gov.in/PressReleasePage.aspx?PRID=2036940",
                "https://example.org/reports/Dr.Sharma-2024.pdf",
                "https://creativecommons.org/licenses/by/4.0/",
                "https://node.example.org/id/dataset/mrc-alliance/legal-aid",
                "urn:sha256:9876543210a7f3c2b4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7",
                "https://lgdirectory.gov.in/district/201",
                "https://example.org/search?q=migrant+workers&page=2",
                "https://example.org/data?district_name=Katihar&file_name=a.csv"
            })
    void passesOrdinaryIris(String iri) {
        assertEquals(List.of(), screen.checkIri(iri), iri);
    }

    @Test
    void reportsOffsetsInTheOriginalText() {
        List<PersonalDataFinding> findings = screen.checkText("\u200B\u200Bx ９８７６５４３２１０");

        assertEquals("Line 1, column 5", findings.getFirst().location());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2028", "\u2029", "\u0085", "\u2800"})
    void findsNumbersGroupedByLineSeparatorsAndBrailleBlanks(String separator) {
        assertKind(PersonalDataKind.PHONE, screen.checkText("call 98765" + separator + "43210"), separator);
        String a = PersonalDataScreenTestSupport.aadhaar();
        assertKind(
                PersonalDataKind.AADHAAR,
                screen.checkText(
                        "id " + a.substring(0, 4) + separator + a.substring(4, 8) + separator + a.substring(8)),
                separator);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "98765/43210",
                "98765 / 43210",
                "(98765) 43210",
                "(98765)43210",
                "987/654/3210",
                "(987) 654-3210",
                "+91 (98765) 43210",
                "(+91)/(98765)/(43210)",
                "+91/98765/43210"
            })
    void findsPhonesGroupedBySlashesAndParentheses(String phone) {
        assertKind(PersonalDataKind.PHONE, screen.checkText("call " + phone + " today"), phone);
    }

    @Test
    void findsALandlineWithASlashAfterItsStdCode() {
        assertKind(PersonalDataKind.PHONE, screen.checkText("Office: 011/23456789"), "011/23456789");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sunita.devi@gmail[.]com",
                "sunita.devi(@)gmail(.)com",
                "sunita.devi [@] gmail {.} com",
                "sunita.devi【at】gmail【dot】com",
                "sunita.devi  @  gmail.com",
                "sunita.devi\n\n@\n\ngmail.com",
                "sunita.devi at gmail.com",
                "sunita at gmail.com",
                "sunita_devi at pravasi-mail.org",
                "sd1987 at yahoo.co.in",
                "sunita.devi at the rate gmail dot com",
                "sunita at the rate gmail.com",
                "sunita AT THE RATE gmail [dot] com",
                "sunita at\n\ngmail dot com"
            })
    void findsEmailAddressesWithAnyBracketOrASpelledAt(String address) {
        assertKind(PersonalDataKind.EMAIL, screen.checkText("Write to " + address + " today."), address);
    }

    @Test
    void findsTheSecondOfTwoSpelledAddresses() {
        List<PersonalDataFinding> findings = screen.checkText("Write to us at sunita.devi at gmail.com.");

        assertEquals(1, findings.size(), findings::toString);
        assertEquals("Line 1, column 16", findings.getFirst().location());
    }

    @Test
    void keepsZeroWidthCharactersDeleted() {
        // Nothing shows between the digits, so the number reads as one: deleted, not a space.
        assertKind(PersonalDataKind.PHONE, screen.checkText("call 98765\u200B\u200B\u200B\u200B43210"), "four ZWSP");
    }

    private static String inScript(String ascii, int zero) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.appendCodePoint(zero + (c - '0')));
        return out.toString();
    }

    private static void assertKind(PersonalDataKind kind, List<PersonalDataFinding> findings, String what) {
        assertTrue(findings.stream().anyMatch(f -> f.kind() == kind), () -> what + " -> " + findings);
    }
}
