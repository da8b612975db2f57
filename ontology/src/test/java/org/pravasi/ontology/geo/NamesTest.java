package org.pravasi.ontology.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NICOBARS                 | Nicobars
            NORTH AND MIDDLE ANDAMAN | North and Middle Andaman
            KAIMUR (BHABUA)          | Kaimur (Bhabua)
            JANJGIR-CHAMPA           | Janjgir-Champa
            NTR                      | NTR
            SPSR NELLORE             | SPSR Nellore
            24 PARAGANAS NORTH       | 24 Paraganas North
            THE NILGIRIS             | The Nilgiris
            Alluri Sitharama Raju    | Alluri Sitharama Raju
            """)
    void titleCasesUpperCaseLgdNamesAndKeepsMixedCase(String lgd, String display) {
        assertEquals(display, Names.titleCase(lgd));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU | Dadra and Nagar Haveli and Daman and Diu
            JAMMU AND KASHMIR                            | Jammu and Kashmir
            """)
    void stateNamesDropTheLeadingThe(String lgd, String display) {
        assertEquals(display, Names.stateName(lgd));
    }
}
