package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.LpIntervalOracle;
import org.pravasi.registry.ingest.CsvText;
import org.pravasi.registry.ingest.Descriptor;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.ingest.Row;
import org.pravasi.registry.ingest.Table;
import org.pravasi.registry.ingest.TableReader;
import org.pravasi.registry.testing.TestNode;

/**
 * Every demo dataset, read as the pipeline reads it, is suppressed so that the LP oracle finds no withheld cell too
 * narrow.
 */
class DemoDatasetProtectionTest {

    private static final int K = 10;

    @Test
    void noWithheldDemoCellIsNarrowerThanK() throws IOException {
        assumeTrue(Files.isDirectory(TestNode.DATASETS), "needs the repository's datasets/ folder");
        List<String> narrow = new ArrayList<>();
        int checked = 0;
        for (Path descriptor : descriptors()) {
            Table table = read(descriptor);
            Disclosure.Result result = new Disclosure(K).suppress(table, IdentityKeys.of(table));
            List<Cell> cells = cells(table);
            BitSet under = LpIntervalOracle.underProtected(cells, result.suppressed(), K);
            under.stream()
                    .forEach(i -> narrow.add(
                            descriptor.getFileName() + " " + cells.get(i).key()));
            assertTrue(result.unprotectable().isEmpty(), descriptor + " must still publish");
            checked++;
        }
        assertEquals(11, checked, "every demo dataset is checked");
        assertEquals(List.of(), narrow);
    }

    @Test
    void gurugramDomesticWorkMaleAndOtherCannotBeNarrowedBelowK() throws IOException {
        Path descriptor = TestNode.DATASETS.resolve("mrc-alliance/violations-by-sector-gender.json");
        assumeTrue(Files.isRegularFile(descriptor), "needs the repository's datasets/ folder");
        Table table = read(descriptor);
        Disclosure.Result result = new Disclosure(K).suppress(table, IdentityKeys.of(table));
        List<Cell> cells = cells(table);
        for (String year : List.of("2023", "2024")) {
            for (String gender : List.of("male", "other")) {
                int i = cells.indexOf(cells.stream()
                        .filter(c -> c.key().equals(List.of("62", year, "domestic-work", gender)))
                        .findFirst()
                        .orElseThrow());
                assertTrue(result.suppressed().get(i), gender + " " + year + " is a small count");
                assertFalse(
                        LpIntervalOracle.underProtected(cells, result.suppressed(), K)
                                .get(i),
                        () -> "Gurugram domestic work " + gender + " " + year + " has an upper bound below " + K + ": "
                                + LpIntervalOracle.upperBoundsOfSmallCells(cells, result.suppressed(), K)
                                        .get(i));
            }
        }
    }

    private static List<Path> descriptors() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> orgs = Files.list(TestNode.DATASETS)) {
            for (Path org : orgs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(org)) {
                    files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("organisation.json"))
                            .sorted()
                            .forEach(all::add);
                }
            }
        }
        return all;
    }

    private static Table read(Path descriptor) throws IOException {
        Descriptor d = DescriptorReader.read(descriptor.getFileName().toString(), Files.readAllBytes(descriptor))
                .value()
                .orElseThrow();
        Path csv = Path.of(descriptor.toString().replaceAll("\\.json$", ".csv"));
        String text = CsvText.decode(csv.getFileName().toString(), Files.readAllBytes(csv))
                .value()
                .orElseThrow();
        return TableReader.read(csv.getFileName().toString(), text, d).value().orElseThrow();
    }

    private static List<Cell> cells(Table table) {
        List<Cell> cells = new ArrayList<>();
        for (Row r : table.rows()) {
            cells.add(new Cell(Arrays.asList(r.key()), r.value()));
        }
        return cells;
    }
}
