package org.pravasi.ontology.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** Parses the raw LGD state and district CSVs, checking the columns and codes it relies on. */
final class LgdTables {
    /** One row of {@code lgd-1-state.csv}. */
    record LgdState(String code, String name, Optional<String> census2011, boolean unionTerritory) {}

    /** One row of {@code lgd-2-district.csv}. */
    record LgdDistrict(String code, String name, String stateCode, Optional<String> census2011) {}

    // The state file repeats its "State Name" column; both copies hold the same name.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setTrim(true)
            .get();

    private LgdTables() {}

    static List<LgdState> states(byte[] csv) {
        List<LgdState> states = new ArrayList<>();
        for (CSVRecord row :
                rows(RawFile.LGD_STATES, csv, "State Code", "State Name", "Census 2011 Code", "State or UT")) {
            states.add(new LgdState(
                    code(RawFile.LGD_STATES, row, "State Code"),
                    row.get("State Name"),
                    census(row.get("Census 2011 Code")),
                    "U".equalsIgnoreCase(row.get("State or UT"))));
        }
        return states;
    }

    static List<LgdDistrict> districts(byte[] csv) {
        List<LgdDistrict> districts = new ArrayList<>();
        for (CSVRecord row :
                rows(RawFile.LGD_DISTRICTS, csv, "State Code", "District Code", "District Name", "Census 2011 Code")) {
            districts.add(new LgdDistrict(
                    code(RawFile.LGD_DISTRICTS, row, "District Code"),
                    row.get("District Name"),
                    code(RawFile.LGD_DISTRICTS, row, "State Code"),
                    census(row.get("Census 2011 Code"))));
        }
        return districts;
    }

    private static List<CSVRecord> rows(RawFile file, byte[] csv, String... columns) {
        try (CSVParser parser = CSVParser.parse(new String(csv, StandardCharsets.UTF_8), FORMAT)) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new GeographyException(
                            file.fileName() + ": column \"" + column + "\" is missing; expected the "
                                    + file.description() + " with columns " + String.join(", ", columns)
                                    + ". Is this the file from " + file.url() + "?");
                }
            }
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new GeographyException(file.fileName() + " is not a readable CSV file: " + e.getMessage(), e);
        }
    }

    private static String code(RawFile file, CSVRecord row, String column) {
        String value = row.get(column);
        if (!value.matches("[0-9]{1,6}")) {
            throw new GeographyException(file.fileName() + " line " + (row.getRecordNumber() + 1) + ": " + column
                    + " \"" + value + "\" is not a number; expected an LGD code such as 201.");
        }
        return Integer.toString(Integer.parseInt(value));
    }

    /** A Census 2011 code, or empty where the file has none ("", "0" or "00": created after 2011). */
    private static Optional<String> census(String value) {
        return value.isEmpty() || value.chars().allMatch(c -> c == '0') ? Optional.empty() : Optional.of(value);
    }
}
