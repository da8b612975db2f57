package org.pravasi.registry.workspace;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An upload kept privately while the officer maps, describes and previews it, with their choices so far.
 *
 * @param id the draft's random id
 * @param org the organisation it belongs to
 * @param fileName the file name as uploaded
 * @param created when it was uploaded, milliseconds since the epoch
 * @param bytes the file's size
 * @param sheet the sheet chosen (blank: the first)
 * @param fileState the LGD code of the state of every row (blank: none)
 * @param columns per header, the role chosen as {@code role:qualifier} (e.g. {@code area:district})
 * @param values the values mapped by hand, by scope and value as written
 * @param dataset the dataset's metadata (null until described)
 * @param cells the cells corrected
 */
public record Draft(
        String id,
        String org,
        String fileName,
        long created,
        long bytes,
        String sheet,
        String fileState,
        Map<String, String> columns,
        Map<String, Map<String, String>> values,
        Choices.Dataset dataset,
        List<Choices.CellFix> cells) {

    /** Copies the collections; a missing text is blank. */
    public Draft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(fileName, "fileName");
        sheet = Objects.requireNonNullElse(sheet, "");
        fileState = Objects.requireNonNullElse(fileState, "");
        columns = Map.copyOf(Objects.requireNonNullElse(columns, Map.of()));
        values = Map.copyOf(Objects.requireNonNullElse(values, Map.of()));
        cells = List.copyOf(Objects.requireNonNullElse(cells, List.of()));
    }

    /** Whether the officer has described the dataset. */
    public boolean described() {
        return dataset != null;
    }

    /** The draft's choices as the workspace takes them. */
    public Choices choices() {
        Map<String, ColumnRole> roles = new java.util.LinkedHashMap<>();
        columns.forEach((header, code) -> roleOf(header, code).ifPresent(r -> roles.put(header, r)));
        return new Choices(
                sheet.isBlank() ? Optional.empty() : Optional.of(sheet),
                fileState.isBlank() ? Optional.empty() : Optional.of(fileState),
                roles,
                values,
                dataset == null ? placeholder(org) : dataset,
                cells);
    }

    /** A role from its code {@code role:qualifier}; empty for an unknown role. */
    public static Optional<ColumnRole> roleOf(String header, String code) {
        int colon = code.indexOf(':');
        String role = colon < 0 ? code : code.substring(0, colon);
        String qualifier = colon < 0 ? "" : code.substring(colon + 1);
        try {
            return Optional.of(ColumnRole.chosen(
                    header, ColumnRole.Role.valueOf(role.toUpperCase(java.util.Locale.ROOT)), qualifier));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The code of a role, {@code role:qualifier}. */
    public static String codeOf(ColumnRole r) {
        return r.role().name().toLowerCase(java.util.Locale.ROOT) + ":" + r.qualifier();
    }

    /** Metadata that lets the dry run run before the officer has described the dataset. */
    private static Choices.Dataset placeholder(String org) {
        return new Choices.Dataset(
                "draft-preview",
                "Draft",
                "Draft of " + org,
                "https://creativecommons.org/licenses/by/4.0/",
                List.of(),
                false,
                org);
    }

    /** This draft with other choices. */
    public Draft with(
            String sheet,
            String fileState,
            Map<String, String> columns,
            Map<String, Map<String, String>> values,
            Choices.Dataset dataset,
            List<Choices.CellFix> cells) {
        return new Draft(id, org, fileName, created, bytes, sheet, fileState, columns, values, dataset, cells);
    }
}
