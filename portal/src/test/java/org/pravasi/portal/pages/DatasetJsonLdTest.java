package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The JSON-LD description fits dataset search's 50 to 5000 characters")
class DatasetJsonLdTest {
    @Test
    @DisplayName("keeps a description of a fitting length as written")
    void keepsFittingDescription() {
        String d = "Counts of wage claims filed at migrant rights centres, by district and quarter.";
        assertEquals(d, DatasetJsonLd.description(d, "Wage claims", "MRC Alliance"));
    }

    @Test
    @DisplayName("completes a short description with the title and publisher")
    void completesShortDescription() {
        String d = DatasetJsonLd.description("Wage claims.", "Wage claims by district", "MRC Alliance");
        assertEquals(
                "Wage claims. Wage claims by district, a dataset published by MRC Alliance on the Pravasi Data Commons.",
                d);
        assertTrue(d.length() >= DatasetJsonLd.MIN_DESCRIPTION, d);
    }

    @Test
    @DisplayName("describes a dataset with no description by its title and publisher")
    void describesEmptyDescription() {
        String d = DatasetJsonLd.description("", "Calls", "Helpline");
        assertEquals("Calls, a dataset published by Helpline on the Pravasi Data Commons.", d);
    }

    @Test
    @DisplayName("cuts a long description at a word before 5000 characters")
    void cutsLongDescription() {
        String d = DatasetJsonLd.description("word ".repeat(2000), "T", "P");
        assertTrue(d.length() <= DatasetJsonLd.MAX_DESCRIPTION, "length " + d.length());
        assertTrue(d.endsWith("word…"), d.substring(d.length() - 10));
    }

    @Test
    @DisplayName("cuts a long description only at white space, never inside a number")
    void cutsOnlyAtWhiteSpace() {
        String reference = "x".repeat(DatasetJsonLd.MAX_DESCRIPTION - 53) + "/Helpline:98765432101/more";
        String d = DatasetJsonLd.description("Wage claims by district. Source:" + reference, "T", "P");
        assertEquals("Wage claims by district.…", d);
    }
}
