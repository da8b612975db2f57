package org.pravasi.registry.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.pravasi.registry.disclosure.SuppressionReason;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Parsed;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.publish.Publisher;
import org.pravasi.registry.workspace.ColumnRole.Role;

/**
 * The publishing workspace: reads an upload, proposes column roles, reconciles every distinct value (nothing guessed
 * silently), and when all resolve, builds the descriptor and CSV the pipeline takes and runs the pipeline's own dry run
 * on them. It writes nothing to the store; only {@link #remember} writes, to the organisation's private mappings.
 */
public final class Workspace {
    /** Issues listed per column before the rest are counted. */
    static final int MAX_ISSUES_PER_COLUMN = 50;

    /** Distinct values reconciled per column; a column with more is likely not what its role says. */
    public static final int MAX_DISTINCT = 5_000;

    private static final java.util.regex.Pattern ORG = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final Publisher publisher;
    private final UploadReader reader;
    private final PlaceReconciler places;
    private final PeriodReconciler periods = new PeriodReconciler();
    private final CodeReconciler codes;
    private final ColumnRoles roles;
    private final SavedMappings saved;
    private final Gazetteer gazetteer;
    /** Values saved for later uploads are screened: a cell may hold a name or a number beside the place it names. */
    private final org.pravasi.registry.disclosure.PersonalDataScreen screen =
            org.pravasi.registry.disclosure.PersonalDataScreen.standard();

    private Workspace(Publisher publisher, Gazetteer gazetteer, Model codeLists, SavedMappings saved, UploadLimits l) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.reader = new UploadReader(l);
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.places = new PlaceReconciler(gazetteer);
        this.codes = new CodeReconciler(codeLists);
        this.roles = new ColumnRoles(places, periods, codes);
        this.saved = Objects.requireNonNull(saved, "saved");
    }

    /** A workspace over the node's pipeline, geography, code lists and the organisations' saved mappings. */
    public static Workspace create(
            Publisher publisher, Gazetteer gazetteer, Model codeLists, SavedMappings saved, UploadLimits limits) {
        return new Workspace(publisher, gazetteer, codeLists, saved, limits);
    }

    /** Previews an upload for organisation {@code org} with the officer's choices so far. */
    public Preview preview(String org, Upload upload, Choices choices) {
        return preview(org, upload, choices, ReadProgress.NONE);
    }

    /** Previews an upload, reporting rows read to {@code progress}. */
    public Preview preview(String org, Upload upload, Choices choices, ReadProgress progress) {
        if (org == null || !ORG.matcher(org).matches()) {
            return Preview.unreadable(List.of(), List.of(badOrg(String.valueOf(org))));
        }
        Parsed<List<String>> sheets = reader.sheets(upload);
        if (sheets.value().isEmpty()) {
            return Preview.unreadable(List.of(), sheets.findings());
        }
        Parsed<SheetTable> read = reader.read(upload, choices.sheet(), progress);
        if (read.value().isEmpty()) {
            return Preview.unreadable(sheets.value().get(), read.findings());
        }
        List<Finding> issues = new ArrayList<>();
        SheetTable table = CellFixes.apply(read.value().get(), choices.cells(), issues);
        List<ColumnRole> columns = effectiveRoles(table, choices);
        issues.addAll(roleIssues(table, columns));
        issues.addAll(PersonalDataIssues.of(table, columns));
        ValueResolver resolver = new ValueResolver(choices, saved.snapshot(org), places, periods, codes);
        int stateColumn = indexOf(columns, Role.STATE);
        RowStates states = new RowStates(
                stateColumn, stateColumn >= 0 ? columns.get(stateColumn) : null, resolver, choices.fileState());
        Map<String, List<Reconciled>> values = new LinkedHashMap<>();
        Map<String, Map<String, Reconciled>> byCell = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            ColumnRole role = columns.get(c);
            if (role.role() == Role.IGNORE || role.role() == Role.MEASURE) {
                continue;
            }
            Map<String, Reconciled> seen = new LinkedHashMap<>();
            int listed = 0;
            for (SheetTable.DataRow row : table.rows()) {
                String value = row.cells().get(c);
                // Only districts are looked up in a state; the key of other values must be the one PipelineFiles asks.
                Optional<String> state = role.role() == Role.AREA ? states.of(row.cells()) : Optional.empty();
                String key = value + "\u0000" + state.orElse("");
                if (seen.containsKey(key)) {
                    continue;
                }
                if (seen.size() == MAX_DISTINCT) {
                    issues.add(Finding.error(
                            table.file(),
                            row.number(),
                            role.column(),
                            "",
                            "The column '" + role.column() + "' has more than " + MAX_DISTINCT
                                    + " different values; the workspace reconciles at most that many.",
                            "Check that it really holds "
                                    + ValueResolver.scope(role).replace("code:", "")
                                    + " values (or mark it ignore), or split the file."));
                    break;
                }
                Reconciled r = resolver.resolve(role, value, state);
                seen.put(key, r);
                if (r.status() != Reconciled.Status.RESOLVED && listed++ < MAX_ISSUES_PER_COLUMN) {
                    issues.add(issue(table, row, role, r));
                }
            }
            values.put(role.column(), List.copyOf(seen.values()));
            byCell.put(role.column(), seen);
        }
        issues.addAll(granularityIssues(table, columns, values));
        if (!issues.isEmpty()) {
            return new Preview(
                    sheets.value().get(),
                    Optional.of(table),
                    columns,
                    values,
                    issues,
                    Optional.empty(),
                    Optional.empty(),
                    Map.of());
        }
        PipelineInput input = PipelineFiles.build(org, table, columns, byCell, choices, states);
        Map<Long, SuppressionReason> withheld = new TreeMap<>();
        PublishOutcome outcome = toUpload(
                publisher.publish(
                        new PublishRequest(
                                org, input.descriptorName(), input.descriptor(), input.csvName(), input.csv(), true),
                        (line, why) -> withheld.put(uploadRow(table, line), why)),
                input,
                table,
                columns);
        return new Preview(
                sheets.value().get(),
                Optional.of(table),
                columns,
                values,
                List.of(),
                Optional.of(input),
                Optional.of(outcome),
                withheld);
    }

    /**
     * Publishes the upload through the publishing pipeline, with exactly the descriptor and CSV that {@link #preview}
     * dry-runs for the same upload and choices; nothing is written unless that dry run passes.
     *
     * @return the preview, and the pipeline's outcome when it was published (empty when the preview was not
     *     publishable)
     */
    public Published publish(String org, Upload upload, Choices choices) {
        return publish(org, upload, choices, Optional.empty());
    }

    /**
     * As {@link #publish(String, Upload, Choices)}, only if what would be published is what a preview showed: its
     * {@link PipelineInput#digest()} is {@code previewed}. Otherwise nothing is published and the result says the draft
     * changed (another editor's edit, a name mapping saved meanwhile, another tab), with the preview as it is now.
     */
    public Published publish(String org, Upload upload, Choices choices, Optional<String> previewed) {
        Preview p = preview(org, upload, choices);
        if (!p.publishable()) {
            return new Published(p, Optional.empty());
        }
        PipelineInput input = p.input().orElseThrow();
        if (previewed.isPresent() && !previewed.get().equals(input.digest())) {
            return new Published(p, Optional.empty(), true);
        }
        PublishOutcome o = publisher.publish(new PublishRequest(
                org, input.descriptorName(), input.descriptor(), input.csvName(), input.csv(), false));
        return new Published(p, Optional.of(toUpload(o, input, p.table().orElseThrow(), p.columns())));
    }

    /**
     * What publishing an upload did.
     *
     * @param preview the preview it was published from
     * @param outcome the pipeline's outcome; empty when nothing was tried (the preview was not publishable, or changed)
     * @param changed whether nothing was tried because the draft is no longer what its preview showed
     */
    public record Published(Preview preview, Optional<PublishOutcome> outcome, boolean changed) {
        /** What publishing did, the draft being what its preview showed. */
        public Published(Preview preview, Optional<PublishOutcome> outcome) {
            this(preview, outcome, false);
        }
    }

    /** The districts and states names are matched against, with their Hindi names. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The ids of the code lists a dimension column may use. */
    public java.util.Set<String> codeLists() {
        return codes.schemeIds();
    }

    private static long uploadRow(SheetTable table, long line) {
        return line >= 2 && line - 2 < table.rows().size()
                ? table.rows().get((int) line - 2).number()
                : line;
    }

    /**
     * Saves the officer's value choices for {@code org}, so that the next upload resolves them automatically. Every
     * choice must be a valid identifier of its scope, for a value of at most {@link Reconciled#MAX_NAME_CHARS}
     * characters, and the organisation keeps at most {@link SavedMappings#MAX_ENTRIES}; if any is not so, nothing is
     * saved and the findings say which.
     */
    public List<Finding> remember(String org, Choices choices) {
        List<Finding> out = new ArrayList<>();
        if (!ORG.matcher(org).matches()) {
            out.add(badOrg(org));
            return out;
        }
        long chosen = choices.values().values().stream().mapToLong(Map::size).sum();
        if (chosen > SavedMappings.MAX_ENTRIES) {
            out.add(tooMany(chosen));
            return out;
        }
        ValueResolver check = new ValueResolver(
                Choices.none(choices.dataset()), SavedMappings.Snapshot.EMPTY, places, periods, codes);
        choices.values().forEach((scope, values) -> {
            Optional<ColumnRole> role = ValueResolver.roleFor(scope, codes);
            if (role.isEmpty()) {
                out.add(Finding.error(
                        "choices",
                        scope,
                        "'" + scope + "' is not a kind of value the workspace maps.",
                        "Use district, state, period or code:<code list id>."));
                return;
            }
            values.forEach((value, id) -> {
                if (value.length() > Reconciled.MAX_NAME_CHARS) {
                    out.add(Finding.error(
                            "choices",
                            0,
                            scope,
                            value.substring(0, Reconciled.MAX_NAME_CHARS) + "…",
                            "This value is " + value.length() + " characters long; a value saved for your organisation"
                                    + " has at most " + Reconciled.MAX_NAME_CHARS + ".",
                            "Correct the cell to the name it stands for (in the preview or in your file), then choose"
                                    + " again."));
                } else if (!screen.checkText(value).isEmpty()) {
                    // Review 41: a saved mapping outlives the draft (and is copied into backups); it keeps no
                    // personal data. The finding names the kind, never the value.
                    out.add(Finding.error(
                            "choices",
                            0,
                            scope,
                            "",
                            "A value chosen for " + scope + " holds "
                                    + screen.checkText(value).getFirst().kind().description()
                                    + "; a value saved for your organisation is kept for later uploads, so it is not"
                                    + " saved.",
                            "Correct the cell in your file so that it names only the " + scope + ", then upload it"
                                    + " again."));
                } else if (!check.valid(role.get(), id)) {
                    out.add(Finding.error(
                            "choices",
                            0,
                            scope,
                            value,
                            "'" + id + "' is not a valid " + scope + " identifier.",
                            "Choose one of the candidates or suggestions the preview lists."));
                }
            });
        });
        if (out.isEmpty() && !saved.save(org, choices.values())) {
            out.add(tooMany(chosen));
        }
        return out;
    }

    private static Finding tooMany(long chosen) {
        return Finding.error(
                "choices",
                "values",
                "With these " + chosen + " choices your organisation would keep more than " + SavedMappings.MAX_ENTRIES
                        + " saved choices; nothing was saved.",
                "Correct the names in your file rather than choosing each, or ask the node's operator to remove old"
                        + " choices.");
    }

    private static Finding badOrg(String org) {
        return Finding.error(
                "",
                "organisation",
                "'" + org + "' is not an organisation slug.",
                "Use the slug of your organisation (lower-case letters, digits and hyphens).");
    }

    private List<ColumnRole> effectiveRoles(SheetTable table, Choices choices) {
        List<ColumnRole> proposed = roles.propose(table);
        List<ColumnRole> out = new ArrayList<>();
        for (ColumnRole p : proposed) {
            out.add(choices.columns().getOrDefault(p.column(), p));
        }
        boolean hasArea = out.stream().anyMatch(r -> r.role() == Role.AREA);
        long stateColumns = out.stream().filter(r -> r.role() == Role.STATE).count();
        if (!hasArea && stateColumns == 1) {
            out.replaceAll(r -> r.role() == Role.STATE
                    ? new ColumnRole(r.column(), Role.AREA, "state", r.confidence(), r.reason())
                    : r);
        }
        return out;
    }

    private static List<Finding> roleIssues(SheetTable table, List<ColumnRole> columns) {
        List<Finding> out = new ArrayList<>();
        for (Role needed : List.of(Role.AREA, Role.PERIOD, Role.MEASURE)) {
            long n = columns.stream().filter(r -> r.role() == needed).count();
            if (n != 1) {
                out.add(Finding.error(
                        table.file(),
                        "columns",
                        (n == 0 ? "No column is" : n + " columns are") + " marked as " + name(needed)
                                + "; exactly one is needed.",
                        "Choose the role of each column: one " + name(needed) + " column."));
            }
        }
        for (ColumnRole r : columns) {
            boolean needsQualifier = r.role() == Role.MEASURE || r.role() == Role.DIMENSION;
            if (needsQualifier && r.qualifier().isEmpty()) {
                out.add(Finding.error(
                        table.file(),
                        r.column(),
                        "It is not known what the column '" + r.column() + "' holds ("
                                + (r.role() == Role.MEASURE ? "which count" : "which code list") + ").",
                        r.role() == Role.MEASURE
                                ? "Say what it counts: families, individuals, cases, calls or registrations."
                                : "Choose the code list of its categories."));
            }
        }
        return out;
    }

    private static List<Finding> granularityIssues(
            SheetTable table, List<ColumnRole> columns, Map<String, List<Reconciled>> values) {
        List<Finding> out = new ArrayList<>();
        for (ColumnRole r : columns) {
            if (r.role() != Role.PERIOD) {
                continue;
            }
            List<String> kinds = values.getOrDefault(r.column(), List.of()).stream()
                    .flatMap(v -> v.match().stream())
                    .map(c -> PeriodReconciler.granularity(c.id()).id())
                    .distinct()
                    .toList();
            if (kinds.size() > 1) {
                out.add(Finding.error(
                        table.file(),
                        r.column(),
                        "The column '" + r.column() + "' mixes periods of different lengths: " + kinds + ".",
                        "Publish one length of period per file (for example only quarters)."));
            }
        }
        return out;
    }

    private static Finding issue(SheetTable table, SheetTable.DataRow row, ColumnRole role, Reconciled r) {
        String options = r.candidates().stream()
                .map(c -> c.label() + " [" + c.id() + "]")
                .reduce((a, b) -> a + "; " + b)
                .map(s -> (r.status() == Reconciled.Status.AMBIGUOUS ? " Candidates: " : " Suggestions: ") + s + ".")
                .orElse("");
        return Finding.error(
                table.file(),
                row.number(),
                role.column(),
                r.value(),
                r.reason(),
                "Choose the identifier for this value (it is then remembered for your organisation)." + options);
    }

    /**
     * The dry run's findings about lines of the generated CSV, pointed at the upload's own rows and column names
     * (generated line {@code n} is data row {@code n - 2}: the pipeline counts records, the header being line 1).
     */
    private static PublishOutcome toUpload(
            PublishOutcome o, PipelineInput input, SheetTable table, List<ColumnRole> columns) {
        Map<String, String> headers = new HashMap<>();
        columns.forEach(c -> PipelineFiles.name(c).ifPresent(n -> headers.put(n, c.column())));
        List<Finding> mapped = o.findings().stream()
                .map(f -> {
                    if (!f.file().equals(input.csvName())) {
                        return f;
                    }
                    long row = uploadRow(table, f.row());
                    return new Finding(
                            f.severity(),
                            table.file(),
                            row,
                            headers.getOrDefault(f.column(), f.column()),
                            f.value(),
                            f.problem(),
                            f.fix());
                })
                .toList();
        return new PublishOutcome(
                o.status(), o.target(), o.observations(), o.withheld(), o.triples(), o.millis(), mapped);
    }

    private static int indexOf(List<ColumnRole> columns, Role role) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    private static String name(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }
}
