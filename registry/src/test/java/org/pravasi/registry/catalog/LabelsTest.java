package org.pravasi.registry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pravasi.ontology.Granularity;
import org.pravasi.ontology.Period;

/** Period URIs read back as periods, whatever their granularity. */
class LabelsTest {
    private static final String BASE = "https://w3id.org/pravasi/id/period/";

    @ParameterizedTest
    @CsvSource({
        "2024,year,2024-01-01",
        "2024-Q2,quarter,2024-04-01",
        "2024-03,month,2024-03-01",
        "FY2023-24,financial-year,2023-04-01"
    })
    void readsEveryKindOfPeriodUri(String notation, String granularity, String start) {
        Period p = Labels.period(NodeFactory.createURI(BASE + notation)).orElseThrow();
        assertEquals(Granularity.of(granularity), p.granularity());
        assertEquals(LocalDate.parse(start), p.start());
    }

    @ParameterizedTest
    @CsvSource({"FY2023-25", "2023-24", "2024-Q5"})
    void aMalformedPeriodUriIsNoPeriod(String notation) {
        assertTrue(Labels.period(NodeFactory.createURI(BASE + notation)).isEmpty());
    }
}
