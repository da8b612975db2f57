package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.map.DistrictDirectory;
import org.pravasi.portal.map.DistrictValue;
import org.pravasi.portal.map.Status;
import org.pravasi.registry.disclosure.SuppressionReason;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.workspace.ColumnRole;
import org.pravasi.registry.workspace.Gazetteer;
import org.pravasi.registry.workspace.PipelineInput;
import org.pravasi.registry.workspace.Place;
import org.pravasi.registry.workspace.Preview;
import org.pravasi.registry.workspace.SheetTable;
import tools.jackson.databind.JsonNode;

/** The preview's map from a dry run's input and withheld rows (threshold 10). */
@DisplayName("Preview map: the first measure's latest period by district, withheld districts without counts")
class PreviewMapTest {
    static final DistrictDirectory GEOGRAPHY = new DistrictDirectory(
            Map.of(
                    "201", new DistrictDirectory.District("201", "Katihar", "Bihar", "10", true, null),
                    "212", new DistrictDirectory.District("212", "Patna", "Bihar", "10", true, null),
                    "999", new DistrictDirectory.District("999", "Elsewhere", "Maharashtra", "27", true, null)),
            List.of(new DistrictDirectory.State("10", "Bihar"), new DistrictDirectory.State("27", "Maharashtra")));

    /**
     * The workspace's gazetteer over the same places: Hindi names for the states, and for Katihar and Patna from
     * {@code district-names-hi.csv}; none for the made-up district 999.
     */
    static final PlaceNames PLACES = new PlaceNames(Gazetteer.of(
            List.of(new Place("10", "Bihar", "10", "Bihar"), new Place("27", "Maharashtra", "27", "Maharashtra")),
            List.of(
                    new Place("201", "Katihar", "10", "Bihar"),
                    new Place("212", "Patna", "10", "Bihar"),
                    new Place("999", "Elsewhere", "27", "Maharashtra")),
            Map.of("10", "बिहार", "27", "महाराष्ट्र")));

    /** A dry run of {@code rows} (district, period, category, cases), the rows numbered from 4, some withheld. */
    static Preview dryRun(List<String> rows, Map<Long, SuppressionReason> withheld) {
        StringBuilder csv = new StringBuilder("district,period,violation-type,cases\n");
        List<SheetTable.DataRow> sheet = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            csv.append(rows.get(i)).append('\n');
            sheet.add(new SheetTable.DataRow(4 + i, List.of(rows.get(i).split(","))));
        }
        List<ColumnRole> columns = List.of(
                ColumnRole.chosen("District", ColumnRole.Role.AREA, "district"),
                ColumnRole.chosen("Year", ColumnRole.Role.PERIOD, "financial-year"),
                ColumnRole.chosen("Type", ColumnRole.Role.DIMENSION, "violation-type"),
                ColumnRole.chosen("Cases", ColumnRole.Role.MEASURE, "cases"));
        return new Preview(
                List.of("Cases"),
                Optional.of(new SheetTable(
                        "cases.csv",
                        "Cases",
                        Optional.empty(),
                        3,
                        List.of("District", "Year", "Type", "Cases"),
                        sheet,
                        List.of())),
                columns,
                Map.of(),
                List.of(),
                Optional.of(new PipelineInput(
                        "x.json", new byte[0], "x.csv", csv.toString().getBytes(StandardCharsets.UTF_8))),
                Optional.of(new PublishOutcome(
                        PublishOutcome.Status.VALID,
                        PublishOutcome.Target.dataset("x"),
                        rows.size(),
                        new PublishOutcome.Withheld(withheld.size(), 0, 10),
                        0,
                        0,
                        List.of())),
                withheld);
    }

    static Map<String, DistrictValue> byCode(PreviewMap map) {
        Map<String, DistrictValue> out = new HashMap<>();
        map.districts().forEach(d -> out.put(d.lgd(), d));
        return out;
    }

    @Test
    @DisplayName("a district with a withheld cell is withheld, and neither its cell nor its sum is anywhere")
    void withheldCellWithholdsItsDistrictWithoutItsCount() {
        PreviewMap map = PreviewMap.of(
                        dryRun(
                                List.of("212,FY2024-25,trafficking,3", "212,FY2024-25,wage-theft,40"),
                                Map.of(4L, SuppressionReason.PRIMARY_BELOW_THRESHOLD)),
                        GEOGRAPHY)
                .orElseThrow();
        DistrictValue patna = byCode(map).get("212");
        assertEquals(Status.SUPPRESSED, patna.status());
        assertNull(patna.value());
        String json = map.json(FindingTextsTest.ENGLISH, "Cases", "", "org", Map.of(), PLACES);
        assertFalse(json.contains("43") || json.contains(":3,") || json.contains(":40"), json);
    }

    @Test
    @DisplayName("only the latest period is mapped")
    void onlyTheLatestPeriodIsMapped() {
        PreviewMap map = PreviewMap.of(
                        dryRun(List.of("201,FY2023-24,wage-theft,99", "201,FY2024-25,wage-theft,35"), Map.of()),
                        GEOGRAPHY)
                .orElseThrow();
        assertEquals("FY2024-25", map.period());
        assertEquals(35L, byCode(map).get("201").value());
    }

    @Test
    @DisplayName("a dimension with its total in the data is read at the total, not summed with its parts")
    void totalIsReadAloneWhenTheDataHasIt() {
        PreviewMap map = PreviewMap.of(
                        dryRun(
                                List.of(
                                        "201,FY2024-25,_T,50",
                                        "201,FY2024-25,wage-theft,20",
                                        "201,FY2024-25,trafficking,30"),
                                Map.of()),
                        GEOGRAPHY)
                .orElseThrow();
        assertEquals(50L, byCode(map).get("201").value());
    }

    @Test
    @DisplayName("violation types overlap (one case can record several): one type is mapped, never their sum")
    void overlappingCategoriesAreMappedOneAtATime() {
        PreviewMap map = PreviewMap.of(
                        dryRun(
                                List.of(
                                        "201,FY2024-25,wage-theft,20",
                                        "201,FY2024-25,trafficking,30",
                                        "212,FY2024-25,trafficking,45",
                                        "212,FY2024-25,wage-theft,12"),
                                Map.of()),
                        GEOGRAPHY)
                .orElseThrow();
        assertEquals(Map.of("Type", "trafficking"), map.oneValue(), "the first type, as the public map's default");
        assertEquals(30L, byCode(map).get("201").value(), "Katihar's trafficking cases, not 20 + 30");
        assertEquals(45L, byCode(map).get("212").value());
    }

    @Test
    @DisplayName("a sum from 1 to k-1 is withheld on the map even if no cell was")
    void smallSumIsWithheld() {
        PreviewMap map = PreviewMap.of(dryRun(List.of("201,FY2024-25,wage-theft,4"), Map.of()), GEOGRAPHY)
                .orElseThrow();
        assertEquals(Status.SUPPRESSED, byCode(map).get("201").status());
        assertNull(byCode(map).get("201").value());
    }

    @Test
    @DisplayName("in Hindi the tooltips name districts by the gazetteer's Hindi names; one it lacks stays English")
    void tooltipsNameDistrictsByTheGazetteersHindiNames() {
        PreviewMap map = PreviewMap.of(
                        dryRun(List.of("201,FY2024-25,wage-theft,35", "999,FY2024-25,wage-theft,40"), Map.of()),
                        GEOGRAPHY)
                .orElseThrow();
        JsonNode districts = Json.MAPPER
                .readTree(map.json(FindingTextsTest.HINDI, "Cases", "", "org", Map.of(), PLACES))
                .path("districts");
        JsonNode katihar = districts.get(0);
        assertEquals("201", katihar.path("lgd").asString());
        assertEquals("कटिहार", katihar.path("nameHi").asString(), "the stored geography names it in English only");
        assertEquals("बिहार", katihar.path("stateHi").asString());
        JsonNode elsewhere = districts.get(1);
        assertEquals("999", elsewhere.path("lgd").asString());
        assertTrue(elsewhere.path("nameHi").isMissingNode(), "no Hindi name is made up: " + elsewhere);
        assertEquals("महाराष्ट्र", elsewhere.path("stateHi").asString());
    }
}
