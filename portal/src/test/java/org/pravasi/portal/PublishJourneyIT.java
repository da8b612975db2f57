package org.pravasi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole journey of a programme officer in Chromium, from a messy workbook to a published dataset: the portal jar
 * runs with the reference geography and one demo dataset, an admin is created with {@code accounts add-admin}, and
 * {@code src/test/browser/publish-journey.mjs} signs in with the keyboard, uploads the workbook written here, chooses
 * its sheet, resolves the names, corrects the phone number, previews the withheld cells, publishes, and finds the
 * dataset on the map and in search. Skipped without Chromium, Node.js or the geography, except under CI.
 */
@DisplayName("Publishing from a messy workbook in Chromium: upload, map, describe, preview, publish, find")
class PublishJourneyIT {
    private static final String ORG = "mrc-alliance";
    private static final String ADMIN = "admin@a.example.org";
    private static final String PASSWORD = "journey-admin-long-phrase";

    @TempDir
    Path dir;

    @Test
    @DisplayName("an officer publishes a messy workbook and finds the dataset on the map and in search")
    void officerPublishesAMessyWorkbook() throws Exception {
        BrowserJourney browser = BrowserJourney.tools();
        Path geo = BrowserJourney.geography();
        Path workbook = messyWorkbook(dir.resolve("Wage cases 2023-25.xlsx"));
        Path data = dir.resolve("data");
        try (PortalProcess portal = PortalProcess.start(
                data, "--geo", geo.toString(), "--datasets", oneOrganisation().toString())) {
            portal.awaitHealthy(300);
            addAdmin(data);
            browser.run(
                    "publish-journey.mjs",
                    portal,
                    Map.of(
                            "ORG", ORG,
                            "ADMIN", ADMIN,
                            "PASSWORD", PASSWORD,
                            "WORKBOOK", workbook.toAbsolutePath().toString()));
        }
    }

    /**
     * A partner's workbook as programme officers keep them: a notes sheet first, then the figures under a title row;
     * Hindi and English district names, a former name (Gurgaon), a name shared by two districts (Aurangabad), financial
     * years written two ways ("2024-25", "FY 2024-25"), categories in the organisation's own words, a personal phone
     * number in one cell, and counts under the threshold.
     */
    static Path messyWorkbook(Path file) throws IOException {
        Object[][] rows = {
            {"Purnea", "2024-25", "Wage theft", 40},
            {"कटिहार", "FY 2024-25", "Wage theft", 35},
            {"Gurgaon", "2024-25", "Wages not paid by employer", 30},
            {"Aurangabad", "FY 2024-25", "Wage theft", 25},
            {"Kanpur Nagar", "2024-25", "Wage theft", 45},
            {"Patna", "FY 2024-25", "Wage theft", 3},
            {"Gaya", "2024-25", "Wage theft - worker's phone 98765 43210", 28},
            {"पूर्णिया", "2023-24", "Wage theft", 38},
            // Katihar's 2 is protected within Bihar, whose total a press note may give. (Gurgaon's 2 beside Purnia
            // alone in Bihar could not be: "Bihar: 38" gave Purnia, and the year's total less 38 gave Gurgaon's 2.)
            {"Katihar", "FY 2023-24", "Wage theft", 2},
            {"Gaya", "2023-24", "Wage theft", 31},
        };
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "PravasiTest", "1.0");
            wb.newWorksheet("Read me").value(0, 0, "Figures of our centres; see the sheet Cases.");
            Worksheet ws = wb.newWorksheet("Cases");
            ws.value(0, 0, "Wage cases reported by our centres, 2023-24 and 2024-25");
            String[] header = {"District", "Financial year", "Type of complaint", "No. of cases"};
            for (int c = 0; c < header.length; c++) {
                ws.value(2, c, header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof String s) {
                        ws.value(3 + r, c, s);
                    } else {
                        ws.value(3 + r, c, (Number) rows[r][c]);
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    private static void addAdmin(Path data) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        PortalProcess.jar().toString(),
                        "org.pravasi.registry.RegistryMain",
                        "accounts",
                        "add-admin",
                        "--data",
                        data.toString(),
                        "--org",
                        ORG,
                        "--email",
                        ADMIN,
                        "--name",
                        "Programme officer")
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "accounts add-admin failed: " + out);
    }

    /** One demo dataset of the organisation (seeding all of them takes minutes on a busy machine). */
    private Path oneOrganisation() throws IOException {
        Path demo = Path.of("..", "datasets").toAbsolutePath();
        Path org = Files.createDirectories(dir.resolve("datasets").resolve(ORG));
        for (String file : List.of(
                "organisation.json", "case-resolution-by-district-year.json", "case-resolution-by-district-year.csv")) {
            Files.copy(demo.resolve(ORG).resolve(file), org.resolve(file));
        }
        return dir.resolve("datasets");
    }
}
