package org.pravasi.portal.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pravasi.ontology.Period;
import org.pravasi.portal.pages.Html;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.workspace.ColumnRole;
import org.pravasi.registry.workspace.Draft;
import org.pravasi.registry.workspace.Preview;
import org.pravasi.registry.workspace.Reconciled;
import org.pravasi.registry.workspace.SheetTable;

/** What the draft screens show, as plain records for the templates. */
final class DraftViews {
    /** Measures a count column may hold. */
    static final List<String> MEASURES = List.of("families", "individuals", "cases", "calls", "registrations");

    private DraftViews() {}

    /**
     * A choice in a list.
     *
     * @param value what the form sends
     * @param label what people read: a name only, so that one {@code lang} fits it all
     * @param lang {@code en} for a label left in English on a Hindi page, else {@code null}
     * @param why why it is offered, in the page's language, shown beside the list (not in the option, whose language
     *     would then be mixed); empty when there is nothing to say
     */
    record Option(String value, String label, String lang, String why) {
        /** A choice whose label is in the page's language. */
        Option(String value, String label) {
            this(value, label, null, "");
        }
    }

    /**
     * A draft in the list of drafts.
     *
     * @param id its id
     * @param fileName the file as uploaded
     * @param created when, ISO-8601
     * @param expires when it will be deleted unless changed, ISO-8601
     * @param kib its size in KiB
     */
    record DraftRow(String id, String fileName, String created, String expires, long kib) {}

    /**
     * The file read.
     *
     * @param fileName the file as uploaded
     * @param sheet the sheet read
     * @param sheets every sheet of the file
     * @param headerRow the row of the header
     * @param encoding how a text file was decoded (blank for a workbook)
     * @param rows data rows read
     * @param notes what the reader did
     */
    record FileView(
            String fileName,
            String sheet,
            List<String> sheets,
            long headerRow,
            String encoding,
            int rows,
            List<String> notes) {}

    /**
     * A column and its role.
     *
     * @param header its header
     * @param code the role's code, {@code role:qualifier}
     * @param reason why the workspace proposed it (or "your choice")
     * @param confidence how sure, in percent
     * @param samples a few of its values
     */
    record ColumnView(String header, String code, String reason, int confidence, String samples) {}

    /**
     * A distinct value of a column and what it stands for.
     *
     * @param index its number in the form
     * @param column the column
     * @param scope the kind of value ({@code district}, {@code period}, {@code code:<list>} ...)
     * @param value as written
     * @param resolved whether it resolved
     * @param ambiguous whether several places or codes matched exactly
     * @param match what it resolved to, with why
     * @param matchLang {@code en} when {@code match} names it in English on a Hindi page, else {@code null}
     * @param reason why it resolved, or why not, in the page's language
     * @param options the candidates or suggestions to choose from
     */
    record ValueView(
            int index,
            String column,
            String scope,
            String value,
            boolean resolved,
            boolean ambiguous,
            String match,
            String matchLang,
            String reason,
            List<Option> options) {}

    static List<DraftRow> rows(List<Draft> drafts) {
        return drafts.stream()
                .map(d -> new DraftRow(
                        d.id(),
                        d.fileName(),
                        java.time.Instant.ofEpochMilli(d.created()).toString(),
                        java.time.Instant.ofEpochMilli(d.created())
                                .plus(org.pravasi.registry.workspace.Drafts.TTL)
                                .toString(),
                        (d.bytes() + 1023) / 1024))
                .toList();
    }

    static FileView file(Preview p, Draft d) {
        SheetTable t = p.table().orElseThrow();
        return new FileView(
                d.fileName(),
                t.sheet(),
                p.sheets(),
                t.headerRow(),
                t.encoding()
                        .map(e -> e.charset() + (e.byteOrderMark() ? " (BOM)" : ""))
                        .orElse(""),
                t.rows().size(),
                t.notes());
    }

    static List<ColumnView> columns(Preview p) {
        SheetTable t = p.table().orElseThrow();
        List<ColumnView> out = new ArrayList<>();
        for (int i = 0; i < p.columns().size(); i++) {
            ColumnRole r = p.columns().get(i);
            String samples = t.values(i).stream()
                    .filter(v -> !v.isBlank())
                    .distinct()
                    .limit(3)
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("");
            out.add(new ColumnView(r.column(), code(r), r.reason(), (int) Math.round(r.confidence() * 100), samples));
        }
        return out;
    }

    /** The roles a column can be given, in the visitor's language. */
    static List<Option> roles(Ui ui, Set<String> codeLists) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("area:district", ui.t("ws.role.area.district")));
        out.add(new Option("area:state", ui.t("ws.role.area.state")));
        out.add(new Option("state:", ui.t("ws.role.state")));
        out.add(new Option("period:", ui.t("ws.role.period")));
        codeLists.stream()
                .sorted()
                .forEach(c ->
                        out.add(new Option("dimension:" + c, ui.f("ws.role.dimension", FindingTexts.codeList(ui, c)))));
        MEASURES.forEach(m -> out.add(new Option("measure:" + m, ui.f("ws.role.measure", FindingTexts.of(ui, m)))));
        out.add(new Option("ignore:", ui.t("ws.role.ignore")));
        return out;
    }

    /** The themes a dataset may have, by their labels in the page's language; by their notations on English pages. */
    static List<Option> themes(Ui ui, Set<String> themes, Drafting.ConceptLabels labels) {
        return themes.stream()
                .sorted()
                .map(t -> option(
                        ui,
                        t,
                        ui.lang().equals("en")
                                ? t
                                : labels.label("theme", t, ui.lang()).orElse(t)))
                .toList();
    }

    /**
     * Every distinct value of the reconciled columns, those needing a choice first, with the names of places, periods
     * and codes in the page's language.
     */
    static List<ValueView> values(
            Ui ui,
            Preview p,
            java.util.function.Function<String, List<String>> codes,
            Drafting.ConceptLabels labels,
            PlaceNames places) {
        List<ValueView> open = new ArrayList<>();
        List<ValueView> done = new ArrayList<>();
        for (ColumnRole r : p.columns()) {
            String scope = scope(r);
            for (Reconciled v : p.values().getOrDefault(r.column(), List.of())) {
                boolean resolved = v.status() == Reconciled.Status.RESOLVED;
                // What an identifier stands for in the page's language; the why read back by key.
                java.util.function.BiFunction<String, String, String> name =
                        (id, english) -> name(ui, scope, id, english, labels, places);
                // The name alone in the option, marked English where it is; why it is offered stands beside the list.
                List<Option> options = new ArrayList<>(v.candidates().stream()
                        .map(c -> {
                            String label = name.apply(c.id(), c.label());
                            return new Option(
                                    c.id(),
                                    label,
                                    Html.fallBackLang(label, ui.lang()),
                                    FindingTexts.of(ui, c.why(), places::hindi));
                        })
                        .toList());
                if (!resolved && scope.startsWith("code:")) {
                    // A code list is short: every code is offered after the suggestions, so the officer can always
                    // choose even when no label comes close to their words.
                    Set<String> offered = new java.util.HashSet<>();
                    options.forEach(o -> offered.add(o.value()));
                    codes.apply(scope.substring(5)).stream()
                            .filter(c -> !offered.contains(c))
                            .sorted()
                            .forEach(c -> options.add(
                                    option(ui, c, name.apply(c, c).equals(c) ? c : name.apply(c, c) + " (" + c + ")")));
                }
                ValueView view = new ValueView(
                        0,
                        r.column(),
                        scope,
                        v.value(),
                        resolved,
                        v.status() == Reconciled.Status.AMBIGUOUS,
                        v.match()
                                .map(m -> name.apply(m.id(), m.label()) + " [" + m.id() + "]")
                                .orElse(""),
                        v.match()
                                .map(m -> Html.fallBackLang(name.apply(m.id(), m.label()), ui.lang()))
                                .orElse(null),
                        FindingTexts.of(ui, v.reason(), places::hindi),
                        options);
                (resolved ? done : open).add(view);
            }
        }
        List<ValueView> all = new ArrayList<>();
        int i = 0;
        for (ValueView v : open) {
            all.add(numbered(v, i++));
        }
        for (ValueView v : done) {
            all.add(numbered(v, i++));
        }
        return all;
    }

    /**
     * What identifier {@code id} of a value of {@code scope} stands for in the page's language: a code's label from the
     * store, a district with its state or a state by their Hindi names, a period's label with its dates;
     * {@code english} on English pages and where no name in the page's language is known.
     */
    static String name(
            Ui ui, String scope, String id, String english, Drafting.ConceptLabels labels, PlaceNames places) {
        if (ui.lang().equals("en")) {
            return english;
        }
        if (scope.startsWith("code:")) {
            return labels.label(scope.substring(5), id, ui.lang()).orElse(english);
        }
        if (scope.equals("period")) {
            return Period.of(id)
                    .map(x -> ui.f(
                            "ws.map.periodSpan",
                            x.label(ui.lang()),
                            x.start().toString(),
                            x.end().toString()))
                    .orElse(english);
        }
        return places.label(scope, id, english, ui.lang());
    }

    /** The scope of the values of a column of the pipeline's CSV ({@code district}, {@code period}, a code list). */
    static String scopeOf(String csvHeader) {
        return switch (csvHeader) {
            case "district", "state", "period" -> csvHeader;
            default -> "code:" + csvHeader;
        };
    }

    /** A choice whose label is marked English when a Hindi page shows it only in English. */
    private static Option option(Ui ui, String value, String label) {
        return new Option(value, label, Html.fallBackLang(label, ui.lang()), "");
    }

    /** The issues that are not a value waiting for a choice (those are in the form). */
    static List<Finding> otherIssues(Preview p, List<ValueView> values) {
        Set<String> waiting = new java.util.HashSet<>();
        values.stream().filter(v -> !v.resolved()).forEach(v -> waiting.add(v.column() + "\u0000" + v.value()));
        return p.issues().stream()
                .filter(f -> !waiting.contains(f.column() + "\u0000" + f.value()))
                .toList();
    }

    /** The code of a column's role as the form's options name it (a period's length follows from its values). */
    static String code(ColumnRole r) {
        return switch (r.role()) {
            case PERIOD, STATE, IGNORE -> Draft.codeOf(r).replaceAll(":.*", ":");
            default -> Draft.codeOf(r);
        };
    }

    /** The scope of a column's values for mappings, as the workspace names it. */
    static String scope(ColumnRole r) {
        return switch (r.role()) {
            case AREA -> r.qualifier().equals("state") ? "state" : "district";
            case STATE -> "state";
            case PERIOD -> "period";
            case DIMENSION -> "code:" + r.qualifier();
            default -> r.role().name().toLowerCase(Locale.ROOT);
        };
    }

    private static ValueView numbered(ValueView v, int i) {
        return new ValueView(
                i,
                v.column(),
                v.scope(),
                v.value(),
                v.resolved(),
                v.ambiguous(),
                v.match(),
                v.matchLang(),
                v.reason(),
                v.options());
    }
}
