package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.catalog.CatalogTexts.LangText;
import org.pravasi.registry.catalog.ConceptTexts;

/** Query-time synonyms from the labels of code-list concepts. */
class SynonymsTest {
    private static final String CODE = "https://w3id.org/pravasi/code/";

    private static ConceptTexts concept(String notation, List<LangText> pref, List<LangText> alt) {
        return new ConceptTexts(
                CODE + "violation-type/" + notation,
                CODE + "violation-type",
                "violation-type",
                notation,
                List.of(new LangText("en", "Violation type")),
                pref,
                alt,
                List.of(),
                List.of());
    }

    private static final Synonyms WAGE_THEFT = Synonyms.of(List.of(concept(
            "wage-theft",
            List.of(new LangText("en", "Wage theft"), new LangText("hi", "मज़दूरी की चोरी")),
            List.of(new LangText("en", "Unpaid wages"), new LangText("hi", "मज़दूरी का भुगतान न होना")))));

    @Test
    void aLabelAmongTheWordsIsAlsoSearchedAsEachOtherLabelOfItsConcept() {
        assertEquals(
                List.of(
                        "\"Wage theft\" Katihar",
                        "\"मज़दूरी की चोरी\" Katihar",
                        "\"मज़दूरी का भुगतान न होना\" Katihar"),
                WAGE_THEFT.variants("unpaid wages Katihar"));
    }

    @Test
    void anyLabelLeadsToEveryOtherInEitherLanguage() {
        assertEquals(
                List.of("\"मज़दूरी की चोरी\"", "\"Unpaid wages\"", "\"मज़दूरी का भुगतान न होना\""),
                WAGE_THEFT.variants("wage theft"));
        assertTrue(WAGE_THEFT.variants("मज़दूरी की चोरी").contains("\"Wage theft\""));
    }

    @Test
    void caseInflectionAndNuktaDoNotMatter() {
        assertTrue(WAGE_THEFT.variants("Unpaid Wage").contains("\"Wage theft\""));
        assertTrue(WAGE_THEFT.variants("मजदूरी की चोरी").contains("\"Unpaid wages\""));
    }

    @Test
    void everyWordOfALabelCountsStopWordsIncluded() {
        assertEquals(List.of(), WAGE_THEFT.variants("मज़दूरी का भुगतान"));
        assertEquals(List.of(), WAGE_THEFT.variants("wage"));
    }

    @Test
    void wordsTheUserQuotedExcludedOrTruncatedAreLeftAlone() {
        assertEquals(List.of(), WAGE_THEFT.variants("\"wage theft\""));
        assertEquals(List.of(), WAGE_THEFT.variants("-wage theft"));
        assertEquals(List.of(), WAGE_THEFT.variants("wage theft*"));
        assertEquals(List.of(), WAGE_THEFT.variants("wage | theft"));
        assertEquals(List.of(), WAGE_THEFT.variants("wage\\ theft"));
    }

    @Test
    void totalsAndConceptsWithOneLabelHaveNoSynonyms() {
        Synonyms s = Synonyms.of(List.of(
                concept("_T", List.of(new LangText("en", "Total"), new LangText("hi", "कुल")), List.of()),
                concept("child-labour", List.of(new LangText("en", "Child labour")), List.of())));

        assertEquals(0, s.size());
        assertEquals(List.of(), s.variants("total child labour"));
    }

    @Test
    void aLabelSharedByTwoConceptsLeadsToTheLabelsOfBoth() {
        Synonyms s = Synonyms.of(List.of(
                concept(
                        "debt-bondage",
                        List.of(new LangText("en", "Debt bondage")),
                        List.of(new LangText("en", "Bonded labour"))),
                concept(
                        "forced-labour",
                        List.of(new LangText("en", "Forced labour")),
                        List.of(new LangText("en", "Bonded labour")))));

        assertEquals(List.of("\"Debt bondage\"", "\"Forced labour\""), s.variants("bonded labour"));
    }

    @Test
    void noOtherLanguageThanEnglishAndHindiJoinsAGroup() {
        Synonyms s = Synonyms.of(List.of(concept(
                "trafficking", List.of(new LangText("en", "Trafficking"), new LangText("fr", "Traite")), List.of())));

        assertEquals(List.of(), s.variants("trafficking"));
    }
}
