package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Free text must not give back the small counts that a dataset withholds. */
class CountsOfPeopleTest {

    private static final int K = 10;
    private final PersonalDataScreen screen = PersonalDataScreen.withThreshold(K);

    @Test
    void refusesTheTraffickingSentenceQuotingThePhrase() {
        List<PersonalDataFinding> findings =
                screen.checkText("In March 2024, 3 women aged 16-17 from Barsoi block of Katihar were trafficked.");

        assertEquals(1, findings.size(), findings::toString);
        PersonalDataFinding f = findings.getFirst();
        assertEquals(PersonalDataKind.PEOPLE_COUNT, f.kind());
        assertEquals("3 women", f.maskedExcerpt());
        assertEquals("Line 1, column 16", f.location());
        assertTrue(
                f.message().contains("k = 10")
                        && f.message().contains("only in the dataset")
                        && f.message().contains("'a few'")
                        && f.message().contains("publicFigures"),
                f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3 women were rescued.",
                "three migrant workers returned.",
                "2 minor girls were found.",
                "3 of the women spoke.",
                "Two of these families left.",
                "Nine workers were unpaid.",
                "1 child was injured.",
                "4 adolescent girls dropped out.",
                "5 victims came forward.",
                "Four survivors testified.",
                "6 persons were detained.",
                "7 labourers fell ill.",
                "8 migrants returned.",
                "9 men and 12 boys left.",
                "2 other families moved.",
                "only 3 families remain",
                "fewer than 5 women",
                "One woman said she was unpaid.",
                "The 3 girls were sent home.",
                "3 Dalit women spoke.",
                "3 महिलाएँ लापता हैं।",
                "3 महिलाएं लापता हैं।",
                "तीन मज़दूर लौटे।",
                "तीन मजदूर लौटे।",
                "दो नाबालिग लड़कियाँ मिलीं।",
                "दो नाबालिग लड़कियां मिलीं।",
                "पाँच परिवार गए।",
                "पांच परिवार गए।",
                "चार बच्चे घायल हुए।",
                "7 श्रमिकों को मजदूरी नहीं मिली।",
                "३ महिलाएँ लौटीं।",
                "３ women",
                "३ women",
                "**3** women",
                "3&nbsp;women",
                "3 \u200Bwomen are missing",
                "3\u00A0women",
                "3 युवतियाँ",
                "दो बच्चियाँ",
                "three women and two girls",
                "3 young women",
                "3 Adivasi women",
                "In March 2024, 3\nwomen aged 16-17 from Barsoi",
                "In March 2024, 3\r\nwomen aged 16-17 from Barsoi",
                "three\nwomen",
                "तीन\nमज़दूर लौटे।",
                // What the datasets count: "3 cases" is a withheld cell given back.
                "In March 2024 Katihar recorded 3 trafficking cases from Barsoi block.",
                "2 calls from Siwan",
                "1 case from Barsoi",
                "3 मामले दर्ज हुए।",
                "दो शिकायतें आईं।",
                "4 registrations in Araria",
                "3 SHG members",
                "उसकी दो बेटियाँ लौटीं।",
                "तीन बहनें"
            })
    void refusesSmallCountsOfPeople(String sentence) {
        List<PersonalDataFinding> findings = screen.checkText(sentence);
        assertTrue(
                findings.stream().anyMatch(f -> f.kind() == PersonalDataKind.PEOPLE_COUNT),
                () -> sentence + " -> " + findings);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In 2024 the centre opened.",
                "Section 3 of the Act applies to workers.",
                "Camps were held in 12 districts.",
                "k = 10 is the threshold for women and men alike.",
                "We run 3 centres.",
                "3 centres for women opened.",
                "10 women joined.",
                "12 families returned.",
                "0 women were refused.",
                "3 lakh workers migrated.",
                "2.5 lakh families",
                "1.5 million migrants",
                "30% of women",
                "3 per cent of workers",
                "1 in 3 women reported wage theft.",
                "one in four migrants",
                "2 out of 5 workers had no contract.",
                "per 1,000 women",
                "16-year-old girls",
                "two-thirds of workers",
                "Class 10 girls passed.",
                "Phase 2 workers were paid.",
                "3 migrant resource centres opened.",
                "3 women's groups met.",
                "3 women-led collectives",
                "one of the poorest families",
                "Call the helpline 1800-11-4000 for workers.",
                "At least one worker in every family has a card.",
                "On 3 March women marched.",
                "In 2023, 12,345 workers",
                "कटिहार जिले में 2024 में 6,500 परिवारों को सहायता मिली।",
                "एक महिला ने बताया।",
                "3 लाख मज़दूर",
                "10 मज़दूर",
                "तीन केंद्र खुले।",
                "3 times more women",
                "3 months of wages for workers",
                "The 2 states host most migrant workers.",
                "गठबंधन के चार प्रवासी अधिकार केंद्रों द्वारा उठाए गए मामले",
                "12 cases were resolved.",
                "One case can record several violations.",
                "Three case studies follow.",
                "2 call lines run all day.",
                "तीन प्रवासी सहायता केंद्र",
                "Eight worker facilitation centres run camps.",
                "Top 5 destination states for workers",
                "Covid-19 migrants",
                "G20 workers",
                "24x7 helpline for workers",
                "at 9 am workers gather",
                "5 km from the workers' colony",
                "सुबह 9 बजे मज़दूर चौक पर आते हैं।",
                "The ratio was 3:1 women to men.",
                "3/4 of workers"
            })
    void passesOrdinarySectorText(String sentence) {
        assertEquals(List.of(), screen.checkText(sentence), sentence);
    }

    @Test
    void aDeclaredPublicFigureExemptsOnlyCountsInsideItsPhrase() {
        List<PublicFigure> declared = List.of(new PublicFigure("3 women aged 16-17", "https://news.example.org/a"));

        assertEquals(List.of(), screen.checkText("In March 2024, ३ women aged 16-17 were trafficked.", declared));
        List<PersonalDataFinding> rest = screen.checkText("3 women aged 16-17 and 2 girls; call 9876543210.", declared);
        assertEquals(
                List.of(PersonalDataKind.PEOPLE_COUNT, PersonalDataKind.PHONE),
                rest.stream().map(PersonalDataFinding::kind).toList());
        assertEquals("2 girls", rest.getFirst().maskedExcerpt());
    }

    @Test
    void aDeclaredPublicFigureDoesNotExemptTheSameCountElsewhereInTheText() {
        List<PublicFigure> declared = List.of(new PublicFigure("3 women aged 16-17", "https://news.example.org/a"));
        String text = "3 women aged 16-17 were trafficked in March. In April, 3 women from Barsoi were trafficked.";

        List<PersonalDataFinding> rest = screen.checkText(text, declared);
        assertEquals(1, rest.size(), rest::toString);
        assertEquals(text.indexOf("3 women from"), rest.getFirst().offset(), "the undeclared second count");
    }

    @Test
    void standardScreenWithoutThresholdDoesNotJudgeCounts() {
        assertEquals(List.of(), PersonalDataScreen.standard().checkText("3 women were rescued."));
    }

    @Test
    void countsBelowTheThresholdOnly() {
        PersonalDataScreen five = PersonalDataScreen.withThreshold(5);

        assertEquals(List.of(), five.checkText("7 women were rescued."));
        assertEquals(1, five.checkText("4 women were rescued.").size());
    }

    @Test
    void refusesACountPartedFromItsPeopleWordByABlankLine() {
        // A description is shown in one paragraph and a search snippet flattens line breaks: "3 women aged 16-17".
        List<PersonalDataFinding> findings =
                screen.checkText("In March 2024, 3\n\nwomen aged 16-17 from Barsoi block were trafficked.");

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(PersonalDataKind.PEOPLE_COUNT, findings.getFirst().kind());
        assertEquals("3 women", findings.getFirst().maskedExcerpt());
        assertEquals("Line 1, column 16", findings.getFirst().location());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3\r\n\r\nwomen were rescued.",
                "3\n \n\twomen were rescued.",
                "three\n\n\nmigrant workers returned.",
                "2\n\nminor girls were found."
            })
    void refusesACountPartedByAnyParagraphBreak(String sentence) {
        assertCount(sentence);
    }

    @Test
    void aCountEndingAParagraphIsFoundInTheTextAsWritten() {
        // Collapsed, it reads "3 women Centres", people words before a thing; as written, it ends its paragraph.
        assertCount("We rescued 3 women\n\nCentres in Katihar helped them.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2028", "\u2029", "\u0085", "\u2800", "\u3164", "\u115F", "\u1160", "\uFFA0"})
    void refusesACountJoinedToItsPeopleWordByACharacterThatShowsAsAGap(String blank) {
        assertCount("3" + blank + "women were rescued.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"three (3) women were rescued.", "3 (three) women were rescued.", "Two (2) minor girls left."})
    void refusesANumberRestatedInParentheses(String sentence) {
        assertCount(sentence);
    }

    @Test
    void aDeclaredPublicFigureCoversItsCountAcrossABlankLine() {
        List<PublicFigure> declared = List.of(new PublicFigure("3 women aged 16-17", "https://news.example.org/a"));

        assertEquals(List.of(), screen.checkText("In March, 3\n\nwomen aged 16-17 were trafficked.", declared));
    }

    private void assertCount(String sentence) {
        List<PersonalDataFinding> findings = screen.checkText(sentence);
        assertTrue(
                findings.stream().anyMatch(f -> f.kind() == PersonalDataKind.PEOPLE_COUNT),
                () -> sentence + " -> " + findings);
    }

    @Test
    void findsACountOfPeopleInAnIri() {
        List<PersonalDataFinding> findings = screen.checkIri("https://x.org/news#3-women-from-barsoi");

        assertEquals(
                List.of(PersonalDataKind.PEOPLE_COUNT),
                findings.stream().map(PersonalDataFinding::kind).toList());
    }

    @Test
    void findsACountOfPeopleInAUrlInText() {
        List<PersonalDataFinding> findings = screen.checkText("Read https://x.org/news/3-women-from-barsoi-rescued.");

        assertEquals(
                List.of(PersonalDataKind.PEOPLE_COUNT),
                findings.stream().map(PersonalDataFinding::kind).toList());
    }

    @Test
    void exemptsACountInAnIriThatItsRecordDeclaresPublic() {
        List<PublicFigure> declared = List.of(new PublicFigure("3 women from barsoi", "https://news.example.org/a"));

        assertEquals(
                List.of(),
                screen.checkIri(
                        "https://x.org/news#3-women-from-barsoi",
                        PersonalDataScreen.IriRole.ANY,
                        PublicFigures.of(declared),
                        ScreenedParts.none()));
    }
}
