package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.DisclosureControl;
import org.pravasi.registry.disclosure.IdentifierWords;
import org.pravasi.registry.disclosure.LinkedTables;
import org.pravasi.registry.disclosure.NaturalGroups;
import org.pravasi.registry.disclosure.PersonalDataFinding;
import org.pravasi.registry.disclosure.PersonalDataScreen;
import org.pravasi.registry.disclosure.PersonalDataScreen.IriRole;
import org.pravasi.registry.disclosure.PriorRelease;
import org.pravasi.registry.disclosure.PublicFigure;
import org.pravasi.registry.disclosure.PublicFigures;
import org.pravasi.registry.disclosure.ScreenedParts;
import org.pravasi.registry.disclosure.ShownMarkdown;
import org.pravasi.registry.disclosure.SuppressionResult;
import org.pravasi.registry.disclosure.TooCostly;
import org.pravasi.registry.ingest.Column;
import org.pravasi.registry.ingest.Descriptor;
import org.pravasi.registry.ingest.DirectionControls;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.ingest.Row;
import org.pravasi.registry.ingest.Table;
import org.pravasi.registry.ingest.XmlCharacters;

/**
 * Disclosure control as the pipeline applies it, not optional: refuses personal data in headers, cells and text, and
 * withholds small counts (primary) and the counts that would reveal them (secondary).
 */
public final class Disclosure {
    /**
     * The work one table's suppression may do at publishing: 500,000,000 units, about 80 s of one core here. The
     * bench's 988,848-observation table takes 82,760,522 (about 14 s), the 100,000 one 4,667,033; an upload of 8,003
     * small counts along two crossing lines about 2,200,000,000 (203 s unbounded), and twice the rows four times that:
     * a 400 KB upload held a publishing thread for most of an hour (docs/disclosure.md, "Decision — a suppression at
     * publishing has a work budget").
     */
    static final long WORK = 500_000_000L;

    /**
     * The work that checking a new table together with the organisation's other tables of its measure, and with the
     * earlier versions of its dataset, may do at publishing: the budget a portal's harvest gives the same check
     * ({@link LinkedTables#WORK}), so that what this node publishes a portal can check, and so that a chain of linked
     * tables cannot hold the node's only writer for long (docs/disclosure.md, "Decision — tables read together are
     * first proven open by cubes").
     */
    static final long TOGETHER_WORK = LinkedTables.WORK;

    private final DisclosureControl control;
    private final PersonalDataScreen screen;
    private final long togetherWork;

    /** Disclosure control with threshold {@code k} (never below 5). */
    public Disclosure(int k) {
        this(k, WORK, TOGETHER_WORK);
    }

    /**
     * Disclosure control with threshold {@code k}, a table's suppression within {@code work} units and its check
     * together with other tables within {@code togetherWork}.
     */
    Disclosure(int k, long work, long togetherWork) {
        this.control = DisclosureControl.withThreshold(k).withinWork(work);
        this.screen = PersonalDataScreen.withThreshold(control.threshold());
        this.togetherWork = togetherWork;
    }

    /** The work a check of a new table together with other tables may do ({@link #TOGETHER_WORK}). */
    public long togetherWork() {
        return togetherWork;
    }

    /** The threshold k. */
    public int threshold() {
        return control.threshold();
    }

    /**
     * Which rows to withhold.
     *
     * @param suppressed rows withheld, by index
     * @param primary how many because they were 1..k-1
     * @param secondary how many more so that none can be recovered from totals
     * @param unprotectable rows that no further suppression protects: their value follows from totals, or what is
     *     published shows that they are below k
     * @param reasons for each unprotectable row (by index), why, in one sentence
     * @param primaryRows the rows withheld because they were 1..k-1, by index (the others of {@code suppressed} protect
     *     them)
     * @param pinned rows that the replaced version published with the same count, so could not protect another
     */
    public record Result(
            BitSet suppressed,
            int primary,
            int secondary,
            BitSet unprotectable,
            Map<Integer, String> reasons,
            BitSet primaryRows,
            BitSet pinned) {}

    /**
     * Decides which rows of the table to withhold, on the keys as they will be published: two spellings of one code
     * ({@code 62}, {@code 062}) are one code here too, or a line's total would give a withheld cell away.
     */
    Result suppress(Table table, ResolvedKeys keys) {
        return suppress(table, keys, PriorRelease.NONE);
    }

    /**
     * Decides as {@link #suppress(Table, ResolvedKeys)}, for a new version of a public table: what the replaced version
     * withheld stays withheld, and what it published unchanged never protects another cell.
     */
    Result suppress(Table table, ResolvedKeys keys, PriorRelease prior) {
        return suppress(table, keys, prior, cells -> NaturalGroups.NONE);
    }

    /**
     * Decides as {@link #suppress(Table, ResolvedKeys, PriorRelease)}, with the totals of the groups {@code groups}
     * finds among the published keys (a year of quarters, a state of districts) known to the attacker.
     */
    Result suppress(Table table, ResolvedKeys keys, PriorRelease prior, Function<List<Cell>, NaturalGroups> groups) {
        List<Cell> cells = new ArrayList<>(table.rows().size());
        for (Row r : table.rows()) {
            cells.add(new Cell(keys.publishedKey(r.key()), r.value()));
        }
        SuppressionResult s = control.suppress(cells, prior, groups.apply(cells));
        Map<Integer, String> reasons = new TreeMap<>();
        s.unprotectable().stream()
                .forEach(i -> reasons.put(i, s.whyUnprotectable(i).orElseThrow()));
        BitSet pinned = prior.published();
        pinned.andNot(s.suppressed());
        return new Result(
                s.suppressed(), s.primaryCount(), s.secondaryCount(), s.unprotectable(), reasons, s.primary(), pinned);
    }

    /** The error for a table whose suppression would pass its work budget ({@link #WORK}): what, and how to fix it. */
    public void reportTooCostly(Table table, TooCostly x, Findings findings) {
        findings.add(Finding.error(
                table.file(),
                "",
                "Protecting the small counts of this table (" + table.rows().size() + " rows) would take more than "
                        + x.limit() + " units of work, so it was stopped and nothing was published: its small counts"
                        + " lie along long lines that no quick method can protect.",
                "Publish it as smaller tables (for example one per state or per year), or at a coarser level with"
                        + " fewer small counts; see docs/disclosure.md, \"Limits\"."));
    }

    /**
     * The error for a table whose check together with the organisation's other tables of its measure, or with the
     * earlier versions of its dataset, would pass its work budget ({@link #TOGETHER_WORK}).
     */
    public void reportTogetherTooCostly(String file, TooCostly x, Findings findings) {
        findings.add(Finding.error(
                file,
                "",
                "Checking this table together with your other published tables of the same measure and the earlier"
                        + " versions of this dataset would take more than " + x.limit() + " units of work, so it was"
                        + " stopped and nothing was published: the tables share long lines of withheld counts.",
                "Publish it at the same level as your other tables of this measure (the same areas and periods), or"
                        + " withhold fewer counts in the lines they share; see docs/disclosure.md, \"Tables read"
                        + " together\"."));
    }

    /** One error per row that cannot be protected: which row and key, why, and how to fix it. */
    void reportUnprotectable(Table table, Result result, Findings findings) {
        result.reasons().forEach((i, why) -> {
            Row r = table.rows().get(i);
            String key = String.join(",", r.key());
            findings.add(Finding.error(
                    table.file(),
                    r.line(),
                    "",
                    key,
                    "The withheld count at line " + r.line() + " (" + key + ") cannot be protected: " + why + "."
                            + (result.pinned().isEmpty()
                                    ? ""
                                    : " Counts that the last published version of this dataset showed, and that have"
                                            + " not changed, cannot hide it: anyone may have kept that version."),
                    "Publish the table at a coarser level (e.g. state or year, or fewer categories), or add the missing"
                            + " total rows so that other cells can be withheld with it"
                            + (result.pinned().isEmpty()
                                    ? "."
                                    : "; see docs/disclosure.md, \"Versions read together\".")));
        });
    }

    /**
     * Refuses personal data in every text and URL field of the descriptor: the slug (read as words), title,
     * description, keywords, source, language, themes, column names and code lists, the public figures' phrases, and
     * (as IRIs) the licence, sourceUrl, contactPoint and public sources. Counts of people below k are allowed only
     * where the descriptor declares them public.
     */
    void screenDescriptor(Descriptor d, String file, Findings findings) {
        List<PublicFigure> pub = d.publicFigures();
        // The slug is in the dataset's IRI and identifier, on every page and in every download of it.
        screenText(file, "slug", IdentifierWords.of(d.slug()), pub, findings);
        d.title().forEach((lang, t) -> screenText(file, "title", t, pub, findings));
        d.description().forEach((lang, t) -> screenText(file, "description", t, pub, findings));
        d.keywords().forEach(t -> screenText(file, "keywords", t, pub, findings));
        screenText(file, "source", d.source(), pub, findings);
        d.language().forEach(t -> screenText(file, "language", t, pub, findings));
        d.themes().forEach(t -> screenText(file, "themes", t, pub, findings));
        d.columns().forEach(c -> screenText(file, "columns", c.qualifier(), pub, findings));
        screenIri(file, "licence", d.licence(), pub, findings);
        d.sourceUrl().ifPresent(u -> screenIri(file, "sourceUrl", u, pub, findings));
        d.contactPoint().ifPresent(u -> screenContactPoint(file, "contactPoint", u, findings));
        for (int i = 0; i < pub.size(); i++) {
            screenText(file, "publicFigures[" + i + "]", pub.get(i).phrase(), pub, findings);
            screenIri(file, "publicFigures[" + i + "]", pub.get(i).source(), pub, findings);
        }
    }

    /** Refuses headers that name personal fields and cells that hold personal data. */
    void screenTable(Table table, Findings findings) {
        List<Column> columns = table.descriptor().columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            screen.checkHeader(i + 1, c.name())
                    .forEach(p -> findings.add(Finding.error(
                            table.file(),
                            1,
                            c.name(),
                            "",
                            p.message(),
                            "Publish only counts: remove columns about individual people.")));
        }
        List<Column> keys = table.descriptor().keyColumns();
        java.util.Set<String> checked = new java.util.HashSet<>();
        for (Row r : table.rows()) {
            for (int i = 0; i < keys.size(); i++) {
                String cell = r.key()[i];
                if (checked.add(i + "\u0000" + cell)) {
                    for (PersonalDataFinding p :
                            screen.checkCell(r.line(), keys.get(i).name(), cell)) {
                        findings.add(Finding.error(
                                table.file(),
                                r.line(),
                                keys.get(i).name(),
                                p.maskedExcerpt(),
                                p.message(),
                                "Remove personal details; publish only counts per code."));
                    }
                }
            }
        }
    }

    /** Refuses personal data in free text (stories, descriptions), counts of people below k included. */
    public void screenText(String file, String field, String text, Findings findings) {
        screenText(file, field, text, List.of(), findings);
    }

    /** Refuses personal data in free text, except counts of people that {@code publicFigures} declare public. */
    public void screenText(
            String file, String field, String text, List<PublicFigure> publicFigures, Findings findings) {
        addTextFindings(file, field, text, screen.checkText(text, publicFigures), findings);
    }

    /**
     * Adds the findings {@code found} in {@code text}, and refuses a character XML cannot carry and a direction
     * control.
     */
    private void addTextFindings(
            String file, String field, String text, List<PersonalDataFinding> found, Findings findings) {
        // Every published text passes here: one XML cannot hold breaks every feed and XML answer it appears in.
        XmlCharacters.firstForbidden(text)
                .ifPresent(at -> findings.add(Finding.error(
                        file,
                        0,
                        field,
                        XmlCharacters.name(text, at),
                        "'" + field + "' holds the control character " + XmlCharacters.name(text, at) + " (character "
                                + (at + 1) + "), which no feed or XML answer can carry.",
                        "Delete it: it usually comes with text copied from a spreadsheet cell or a PDF. Tabs and"
                                + " line breaks are fine.")));
        refuseDirectionControl(file, field, text, false, findings);
        for (PersonalDataFinding p : found) {
            findings.add(Finding.error(file, 0, field, p.maskedExcerpt(), p.message(), fix(p)));
        }
    }

    /**
     * Refuses a direction control ({@link DirectionControls}) in {@code text}, or in what a page shows of it when
     * {@code rendered}: a page would show the text around it in another order than it was written and screened. Never
     * quotes the text, which may hold what the control hides.
     */
    private static void refuseDirectionControl(
            String file, String field, String text, boolean rendered, Findings findings) {
        DirectionControls.firstForbidden(text).ifPresent(at -> {
            String name = XmlCharacters.name(text, at);
            findings.add(Finding.error(
                    file,
                    0,
                    field,
                    name,
                    "'" + field + "' holds the direction control " + name
                            + (rendered
                                    ? " once rendered (written as an HTML character reference such as &#x202E;)"
                                    : " (character " + (at + 1) + ")")
                            + ", which makes pages show the text around it in another order than it is written and"
                            + " screened.",
                    "Remove the direction control; text is laid out without it (Urdu text included)."));
        });
    }

    /**
     * Refuses personal data in a Markdown text (a story's body) as stored and as its page shows it
     * ({@link ShownMarkdown}): a phone written {@code 98765\-43210} or {@code 98765&ensp;43210}, or "3 *women*", reads
     * as one only once rendered. Link targets are screened as URLs. A finding in the shown text that the stored text
     * already gave is reported once, and so is a direction control ({@code &#x202E;} is one once rendered).
     */
    public void screenMarkdown(
            String file, String field, String markdown, List<PublicFigure> publicFigures, Findings findings) {
        List<PersonalDataFinding> stored = screen.checkText(markdown, publicFigures);
        addTextFindings(file, field, markdown, stored, findings);
        ShownMarkdown shown = ShownMarkdown.of(markdown);
        if (DirectionControls.firstForbidden(markdown).isEmpty()) {
            refuseDirectionControl(file, field, shown.text(), true, findings);
        }
        for (PersonalDataFinding p : screen.checkText(shown.text(), publicFigures)) {
            if (stored.stream()
                    .noneMatch(s -> s.kind() == p.kind() && s.maskedExcerpt().equals(p.maskedExcerpt()))) {
                findings.add(Finding.error(
                        file, 0, field, p.maskedExcerpt(), p.message() + " (as the page shows it)", fix(p)));
            }
        }
        for (String link : shown.links()) {
            screenIri(file, field + " (a link)", link, publicFigures, findings);
        }
    }

    /**
     * Refuses personal data in a URL field as a harvesting portal screens every IRI
     * ({@link PersonalDataScreen#checkIri}): identifiers, phones, e-mail addresses, personal query parameters, and
     * names and counts of people in its parts.
     */
    public void screenIri(String file, String field, String iri, Findings findings) {
        screenIri(file, field, iri, List.of(), findings);
    }

    /**
     * As {@link #screenIri(String, String, String, Findings)}, except counts of people {@code publicFigures} declare.
     */
    public void screenIri(String file, String field, String iri, List<PublicFigure> publicFigures, Findings findings) {
        addIriFindings(
                file,
                field,
                screen.checkIri(iri, IriRole.ANY, PublicFigures.of(publicFigures), ScreenedParts.none()),
                findings);
    }

    /**
     * Refuses a contact point that names a person: screened as a URL field, and a {@code mailto:} must be at a domain
     * the organisation owns, not a free-mail provider's.
     */
    public void screenContactPoint(String file, String field, String iri, Findings findings) {
        addIriFindings(file, field, screen.checkContactPoint(iri), findings);
    }

    private static void addIriFindings(String file, String field, List<PersonalDataFinding> found, Findings findings) {
        for (PersonalDataFinding p : found) {
            findings.add(Finding.error(file, 0, field, p.maskedExcerpt(), p.message(), fix(p)));
        }
    }

    private static String fix(PersonalDataFinding p) {
        return switch (p.kind()) {
            case PEOPLE_COUNT ->
                "Write 'a few' or leave the figure to the dataset, where counts below the threshold are"
                        + " withheld; if it is already public, add {\"phrase\": \"" + p.maskedExcerpt()
                        + "\", \"source\":"
                        + " \"https://…\"} to publicFigures.";
            case PERSONAL_CONTACT -> "Give the organisation's own address or its contact page.";
            default ->
                "Remove names, phone numbers, e-mail addresses and ID numbers of people; describe roles instead"
                        + " (\"a worker\", \"the centre's paralegal\").";
        };
    }
}
