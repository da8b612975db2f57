package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.LinkedTables;
import org.pravasi.registry.disclosure.TooCostly;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.stated.FigureTerms;
import org.pravasi.registry.stated.PlaceNames;
import org.pravasi.registry.stated.StatedFigure;
import org.pravasi.registry.stated.StatedFigureReader;

/**
 * Reads the figures an organisation's texts state against its tables (docs/disclosure.md, "Figures stated in text"):
 * each figure is a published table of one cell, linked to the sum of the cells it speaks of in every table of its
 * measure (current, replaced and withdrawn versions), and {@link LinkedTables} finds the withheld cells the tables and
 * the figures give away together, and the withheld sums they show to be below k. No withheld count is needed, so the
 * check runs wherever the tables are kept.
 *
 * <p>A figure that states exactly one withheld cell is not itself a problem when it is k or more (the count it states
 * is no small count), nor when the publisher declared it public; the cells it unlocks are. A change ("went up by 12")
 * of any size is refused where it speaks of a withheld cell, and one of 1 to k-1 where it speaks of nothing this check
 * can place. Two figures are also read as a pair: where the withheld cells of one lie among the other's, their
 * difference is a sum of the rest.
 */
public final class StatedFiguresCheck {
    private static final String DOC = "docs/disclosure.md, \"Figures stated in text\"";

    private final StoredTables tables;
    private final int threshold;
    private final long work;
    private final PlaceNames places;

    /**
     * The organisation's published texts that state a figure of the measures {@code key} names: a graph a node rewrote
     * since (its {@code dct:modified} changed) is read again, the others are remembered (a harvest of a publisher's N
     * datasets would read N² graphs).
     */
    private List<StatedText> oldTextsStatingFigures(
            DatasetGraph dsg, Node org, Node except, FigureTerms counting, String key) {
        List<StatedText> out = new ArrayList<>();
        for (PublicTexts.Source source : PublicTexts.of(dsg, org, except)) {
            List<Object> cacheKey = source.modified().isPresent()
                    ? List.of(key, source.graph(), source.modified().get())
                    : null;
            List<StatedText> stating = cacheKey == null ? null : graphsRead.get(cacheKey);
            if (stating == null) {
                stating = PublicTexts.texts(dsg, source).stream()
                        .filter(t -> stated(t, counting, key))
                        .toList();
                if (cacheKey != null) {
                    graphsRead.put(cacheKey, stating);
                }
            }
            out.addAll(stating);
        }
        return out;
    }

    /** Per measures, graph and {@code dct:modified}: that graph's texts that state a figure (mostly none). */
    private final Map<List<Object>, List<StatedText>> graphsRead =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, List<StatedText>> eldest) {
                    return size() > TEXTS_REMEMBERED;
                }
            });

    /**
     * Whether a text states any figure, by measures and the text's SHA-256 (a story may be 256 KiB); the least recently
     * used forgotten past its size.
     */
    private final Map<List<String>, Boolean> statesFigures =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<String>, Boolean> eldest) {
                    return size() > TEXTS_REMEMBERED;
                }
            });

    /**
     * Texts whose answer {@link #statesFigures} keeps: an organisation's records, stories and profile, many times over.
     */
    static final int TEXTS_REMEMBERED = 20_000;

    /**
     * A check reading tables through {@code tables}, for threshold {@code threshold}, within {@code work} units of
     * elimination ({@link LinkedTables#WORK}).
     */
    public StatedFiguresCheck(StoredTables tables, int threshold, long work) {
        this.tables = tables;
        this.threshold = threshold;
        this.work = work;
        this.places = PlaceNames.shipped();
    }

    /**
     * Adds an error for each withheld count that {@code texts} (being published) give away beside the tables of
     * {@code org}, read with the organisation's other published texts but those in graph {@code except}; call in a read
     * transaction.
     */
    public void checkTexts(DatasetGraph dsg, Node org, List<StatedText> texts, Node except, Findings findings) {
        guarded(dsg, org, null, texts, except, findings);
    }

    /**
     * Adds an error for each withheld count of {@code fresh} (being published, with the texts of its descriptor) or of
     * the organisation's other tables that the organisation's texts give away beside it; call in a transaction. A
     * harvest passes the peer's table (its withheld counts unknown: only published cells are read) and the texts of its
     * bundle.
     */
    public void checkTable(DatasetGraph dsg, Node org, KeyedTable fresh, List<StatedText> texts, Findings findings) {
        guarded(dsg, org, fresh, texts, null, findings);
    }

    /** The check, refusing what would take more than its budget. */
    private void guarded(
            DatasetGraph dsg, Node org, KeyedTable fresh, List<StatedText> fresher, Node except, Findings findings) {
        try {
            check(dsg, org, fresh, fresher, except, findings);
        } catch (TooCostly x) {
            findings.add(Finding.error(
                    fresher.isEmpty() ? "" : fresher.getFirst().file(),
                    "",
                    "Checking the figures your texts state against your published tables would take more than "
                            + x.limit() + " units of work, so it was stopped and nothing was published.",
                    "State fewer figures in text, or leave them to the datasets; see " + DOC + "."));
        }
    }

    private void check(
            DatasetGraph dsg, Node org, KeyedTable fresh, List<StatedText> fresher, Node except, Findings findings) {
        Set<Node> measureNodes = new java.util.HashSet<>(SameMeasureTables.measuresOf(dsg, tables, org));
        if (fresh != null) {
            measureNodes.add(fresh.measure());
        }
        if (measureNodes.isEmpty()) {
            return;
        }
        Map<String, Node> byName = new LinkedHashMap<>();
        measureNodes.forEach(m -> byName.put(localName(m), m));
        // First the counting words only: most texts state no figure of the organisation's measures.
        FigureTerms counting = FigureTerms.measuresOnly(byName.keySet());
        List<StatedText> texts = new ArrayList<>(fresher);
        String key = String.join(",", new java.util.TreeSet<>(byName.keySet()));
        boolean anyFresh = fresher.stream().anyMatch(t -> stated(t, counting, key));
        if (!anyFresh && fresh == null) {
            return;
        }
        // A new version's own descriptor replaces its record's texts: the record being replaced is not read (its
        // figures were read with the tables when it was published, and the new version beside the old one is the
        // versions check's).
        texts.addAll(oldTextsStatingFigures(dsg, org, fresh == null ? except : fresh.dataset(), counting, key));
        if (!anyFresh && texts.size() == fresher.size()) {
            return;
        }
        // The tables of every measure, then the words of their places and categories.
        List<KeyedTable> all = new ArrayList<>();
        if (fresh != null) {
            all.add(fresh);
        }
        for (Node m : measureNodes) {
            Node except1 = fresh == null ? null : fresh.dataset();
            SameMeasureTables.readWithReplaced(dsg, tables, org, except1, m).stream()
                    .filter(t -> t.measure().equals(m))
                    .forEach(all::add);
            if (fresh != null) {
                SameMeasureTables.withReplaced(dsg, tables, fresh.dataset(), m).stream()
                        .filter(t -> t.measure().equals(m))
                        .forEach(all::add);
            }
        }
        ValueNesting nesting = ValueNesting.read(dsg);
        FigureTerms terms = terms(dsg, nesting, byName.keySet(), all);
        Map<String, Boolean> overlapping = new HashMap<>();
        List<Figure> figures = new ArrayList<>();
        for (StatedText t : texts) {
            StatedFigureReader.Reading read = StatedFigureReader.read(t.text(), terms, t.areas(), t.declared());
            if (read.tooMany() && t.fresh()) {
                findings.add(Finding.error(
                        t.file(),
                        t.field(),
                        "This text states more than " + StatedFigureReader.MAX_FIGURES + " figures, too many to"
                                + " check against your tables.",
                        "Leave the figures to the datasets and link to them; see " + DOC + "."));
                continue;
            }
            // An older text past the cap is read as far as the cap.
            read.figures().forEach(f -> figures.add(new Figure(t, f)));
        }
        // Each table with the groups along its lines whose totals the suppression took as known (a state's districts,
        // a year's quarters): the attacker knows them too.
        List<LinkedTables.Table> forCheck = new ArrayList<>();
        for (KeyedTable t : all) {
            LinkedTables.Table plain = t.forCheck();
            forCheck.add(
                    new LinkedTables.Table(plain.cells(), plain.withheld(), OutsideGroups.of(plain.cells(), nesting)));
        }
        List<LinkedTables.Link> links = new ArrayList<>();
        List<LinkedTables.Link> figureLinks = new ArrayList<>();
        Map<Integer, Figure> figureOf = new HashMap<>();
        Map<List<Integer>, Figure> stating = new HashMap<>();
        Set<Integer> touched = new TreeSet<>();
        long[] visits = {0};
        for (Figure f : figures) {
            if (f.figure().measures().stream().noneMatch(byName::containsKey)) {
                continue;
            }
            List<int[]> resolved = new ArrayList<>();
            for (int t = 0; t < all.size(); t++) {
                KeyedTable table = all.get(t);
                if (!f.figure().measures().contains(localName(table.measure()))) {
                    continue;
                }
                visits[0] += table.keys().size();
                if (visits[0] > work) {
                    throw new TooCostly("placing the figures stated in text in the tables", 0, work, "cells read");
                }
                int[] cells = cells(dsg, table, f.figure(), nesting, overlapping);
                if (cells.length > 0) {
                    resolved.add(new int[] {t});
                    resolved.add(cells);
                }
            }
            if (f.figure().change()) {
                change(f, resolved, all, fresh, findings);
                continue;
            }
            if (resolved.isEmpty()) {
                continue;
            }
            int index = forCheck.size();
            forCheck.add(new LinkedTables.Table(
                    List.of(new Cell(List.of("stated"), f.figure().value())), new BitSet()));
            figureOf.put(index, f);
            for (int r = 0; r < resolved.size(); r += 2) {
                int t = resolved.get(r)[0];
                int[] cells = resolved.get(r + 1);
                touched.add(t);
                figureLinks.add(new LinkedTables.Link(index, new int[] {0}, t, cells));
                links.add(figureLinks.getLast());
                KeyedTable table = all.get(t);
                int[] withheld = java.util.Arrays.stream(cells)
                        .filter(table.withheld()::get)
                        .toArray();
                long publishedPart = java.util.Arrays.stream(cells)
                        .filter(c -> !table.withheld().get(c))
                        .mapToLong(c -> table.values()[c])
                        .sum();
                // A figure stating one withheld cell in full: no problem in itself when what it states is k or more,
                // or declared public (the cells it unlocks are).
                if (withheld.length == 1
                        && (f.figure().declared() || f.figure().value() - publishedPart >= threshold)) {
                    stating.put(List.of(t, withheld[0]), f);
                }
            }
        }
        if (links.isEmpty()) {
            return;
        }
        // The organisation's tables read together, as at publishing: the links between a table a figure speaks of and
        // its other tables of the measure.
        TableLinks linker = new TableLinks(nesting);
        for (int t : touched) {
            for (int o = 0; o < all.size(); o++) {
                if (o != t
                        && !(touched.contains(o) && o < t)
                        && all.get(o).measure().equals(all.get(t).measure())
                        && TablesReadTogether.unlinkable(linker, all.get(t), all.get(o))
                                .isEmpty()) {
                    links.addAll(linker.between(t, all.get(t), o, all.get(o)));
                }
            }
        }
        List<LinkedTables.Derived> derived;
        List<LinkedTables.SmallSum> small = new ArrayList<>();
        derived = LinkedTables.derivable(forCheck, links, work);
        small.addAll(LinkedTables.smallSums(forCheck, links, threshold));
        small.addAll(LinkedTables.smallSumsAlongLines(forCheck, links, threshold));
        Set<List<Object>> named = new java.util.HashSet<>();
        for (LinkedTables.Derived d : derived) {
            if (d.table() >= all.size() || stating.containsKey(List.of(d.table(), d.cell()))) {
                continue;
            }
            List<Figure> by = d.with().stream()
                    .filter(figureOf::containsKey)
                    .map(figureOf::get)
                    .sorted(java.util.Comparator.comparing(
                            (Figure f) -> !f.text().fresh()))
                    .toList();
            boolean freshTable = fresh != null && d.with().contains(0);
            if (by.isEmpty() || !by.getFirst().text().fresh() && !freshTable) {
                continue;
            }
            if (named.add(List.of(d.table(), d.cell()))) {
                findings.add(derivedFinding(by, all.get(d.table()), d.table() == 0 && fresh != null, d.cell()));
            }
        }
        for (LinkedTables.SmallSum s : small) {
            Figure f = figureOf.get(s.link().left());
            if (f == null || s.table() >= all.size()) {
                continue;
            }
            boolean freshTable = fresh != null && s.table() == 0;
            if (!f.text().fresh() && !freshTable) {
                continue;
            }
            // A declared figure's own cells are public; what it shows of the others is not.
            boolean ownCells = java.util.Arrays.equals(
                    s.cells(),
                    java.util.Arrays.stream(s.link().rightCells())
                            .filter(all.get(s.table()).withheld()::get)
                            .toArray());
            if (f.figure().declared() && ownCells) {
                continue;
            }
            if (named.add(List.of(s.table(), s.cells()[0], "sum"))) {
                findings.add(smallSumFinding(f, null, all.get(s.table()), freshTable, s.cells()));
            }
        }
        // Two figures together: "60 cases of men in 2024, 52 of them in 2024-Q1".
        for (LinkedTables.SmallDifference s :
                LinkedTables.smallSumsBetweenLinks(forCheck, figureLinks, threshold, work)) {
            Figure more = figureOf.get(s.more().left());
            Figure less = figureOf.get(s.less().left());
            boolean freshTable = fresh != null && s.table() == 0;
            if (s.table() >= all.size()
                    || !more.text().fresh() && !less.text().fresh() && !freshTable
                    || more.figure().declared() && less.figure().declared()) {
                continue;
            }
            if (named.add(List.of(s.table(), s.cells()[0], "sum"))) {
                findings.add(smallSumFinding(more, less, all.get(s.table()), freshTable, s.cells()));
            }
        }
    }

    /**
     * A change of any size that speaks of a withheld cell (of this table, or of one it replaced); one of 1 to k-1 that
     * speaks of nothing this check can place. A change is the difference of two counts, each of which the other side
     * and the change give away: "15 more cases of men in 2024-Q1 than in 2023-Q4" beside 2023-Q4's published 30 states
     * 2024-Q1's withheld 45, and "went up by 12" beside the replaced version's count states the new one.
     */
    private void change(Figure f, List<int[]> resolved, List<KeyedTable> all, KeyedTable fresh, Findings findings) {
        long n = f.figure().value();
        if (n < 1) {
            return;
        }
        String why = n < threshold
                ? ": a change of fewer than " + threshold + " is itself a count below the threshold."
                : ": with the count before or after it, the change gives the withheld count away.";
        for (int r = 0; r < resolved.size(); r += 2) {
            int t = resolved.get(r)[0];
            boolean freshTable = fresh != null && t == 0;
            if (!f.text().fresh() && !freshTable) {
                continue;
            }
            KeyedTable table = all.get(t);
            for (int c : resolved.get(r + 1)) {
                if (table.withheld().get(c)) {
                    findings.add(Finding.error(
                            f.text().file(),
                            0,
                            f.text().field(),
                            table.label(c),
                            "'" + f.figure().phrase() + "' says by how much a withheld count of your dataset '"
                                    + table.slug() + "' (" + table.label(c) + ") changed" + why,
                            "Leave the size of the change out (\"the figure was corrected\"); see " + DOC + "."));
                    return;
                }
            }
        }
        boolean scoped = !f.figure().areas().isEmpty()
                || !f.figure().periods().isEmpty()
                || !f.figure().categories().isEmpty();
        if (resolved.isEmpty() && f.text().fresh() && scoped && n < threshold) {
            findings.add(Finding.error(
                    f.text().file(),
                    0,
                    f.text().field(),
                    f.figure().phrase(),
                    "'" + f.figure().phrase() + "' gives a change of fewer than " + threshold + " in what your tables"
                            + " count: a change that small is itself a count below the threshold.",
                    "Leave the size of the change out (\"the figure was corrected\"); see " + DOC + "."));
        }
    }

    private Finding derivedFinding(List<Figure> by, KeyedTable owner, boolean freshTable, int cell) {
        Figure f = by.getFirst();
        String where = freshTable ? "this table" : "your dataset '" + owner.slug() + "'";
        String others = by.stream()
                .skip(1)
                .filter(o -> !o.text().file().equals(f.text().file())
                        || !o.text().field().equals(f.text().field()))
                .map(o -> "'" + o.figure().phrase() + "' in the " + o.text().field() + " of "
                        + o.text().file())
                .distinct()
                .limit(3)
                .collect(java.util.stream.Collectors.joining("; "));
        return Finding.error(
                freshTable ? "" : f.text().file(),
                freshTable ? owner.lines()[cell] : 0,
                freshTable ? "" : f.text().field(),
                owner.label(cell),
                "The figure '" + f.figure().phrase() + "' stated in the "
                        + f.text().field() + " of "
                        + f.text().file() + (others.isEmpty() ? "" : " (read with " + others + ")") + ", read with "
                        + where + ", gives away its withheld count for (" + owner.label(cell) + "): the published"
                        + " counts and the figure add up to it.",
                "Write the figure as approximate (\"about " + f.figure().value() + "\") or leave it to the dataset;"
                        + " or publish the table at a level where the figure is a published count; see " + DOC + ".");
    }

    /**
     * A finding of withheld cells {@code cells} shown to add up to less than k, by {@code f} (read with {@code with}).
     */
    private Finding smallSumFinding(Figure f, Figure with, KeyedTable owner, boolean freshTable, int[] at) {
        String cells = java.util.Arrays.stream(at)
                .mapToObj(c -> "(" + owner.label(c) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        String where = freshTable ? "this table" : "your dataset '" + owner.slug() + "'";
        String also = with == null
                ? ""
                : " and the figure '" + with.figure().phrase() + "' stated in the "
                        + with.text().field() + " of " + with.text().file();
        return Finding.error(
                freshTable ? "" : f.text().file(),
                freshTable ? owner.lines()[at[0]] : 0,
                freshTable ? "" : f.text().field(),
                owner.label(at[0]),
                "The figure '" + f.figure().phrase() + "' stated in the "
                        + f.text().field() + " of "
                        + f.text().file() + also + ", read with " + where + ", show" + (with == null ? "s" : "")
                        + " that the withheld counts at " + cells
                        + " add up to fewer than the threshold of " + threshold + " for each.",
                "Write the figure as approximate (\"about " + f.figure().value() + "\") or leave it to the dataset;"
                        + " if it is already public elsewhere, declare it with its source in publicFigures; see "
                        + DOC + ".");
    }

    /**
     * Whether {@code t} states a figure of the measures {@code key} names, remembered by text: a table publish or a
     * harvest reads every text its organisation published, most of them each time unchanged.
     */
    private static String digest(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private boolean stated(StatedText t, FigureTerms counting, String key) {
        List<String> cacheKey = List.of(key, digest(t.text()));
        Boolean known = statesFigures.get(cacheKey);
        if (known == null) {
            known = !StatedFigureReader.read(t.text(), counting, Set.of(), List.of())
                    .figures()
                    .isEmpty();
            statesFigures.put(cacheKey, known);
        }
        return known;
    }

    private record Figure(StatedText text, StatedFigure figure) {}

    /**
     * The cells of {@code table} that {@code f} speaks of: in each dimension the values it names (districts within a
     * state it names, periods within the periods it names, which must cover them exactly), else the total or every
     * value; none when the figure names something the table does not break down (a period of a table without periods, a
     * category it does not hold) or a sum the table cannot give (several overlapping categories).
     */
    private int[] cells(
            DatasetGraph dsg, KeyedTable table, StatedFigure f, ValueNesting nesting, Map<String, Boolean> overlap) {
        int dims = table.dimensions().size();
        List<Set<String>> allowed = new ArrayList<>();
        boolean areaDim = false;
        boolean periodDim = false;
        Set<String> categoriesUsed = new TreeSet<>();
        for (int d = 0; d < dims; d++) {
            Set<String> values = new TreeSet<>();
            for (List<String> key : table.keys()) {
                values.add(key.get(d));
            }
            String sample = values.stream()
                    .filter(v -> !v.equals(Cell.TOTAL))
                    .findFirst()
                    .orElse("");
            Set<String> ok = new TreeSet<>();
            if (ValueNesting.isDistrict(sample) || ValueNesting.isState(sample)) {
                areaDim = true;
                if (f.areas().isEmpty()) {
                    ok = open(values, sample, dsg, overlap);
                } else {
                    for (String v : values) {
                        if (f.areas().contains(v)
                                || ValueNesting.isDistrict(v)
                                        && nesting.state(v)
                                                .filter(f.areas()::contains)
                                                .isPresent()) {
                            ok.add(v);
                        }
                    }
                }
            } else if (ValueNesting.period(sample).isPresent()) {
                periodDim = true;
                if (f.periods().isEmpty()) {
                    ok = open(values, sample, dsg, overlap);
                } else {
                    long days = 0;
                    for (String v : values) {
                        Optional<org.pravasi.ontology.Period> p = ValueNesting.period(v);
                        if (p.isPresent()
                                && f.periods().stream()
                                        .anyMatch(s ->
                                                s.holds(p.get().start(), p.get().end()))) {
                            ok.add(v);
                            days += java.time.temporal.ChronoUnit.DAYS.between(
                                            p.get().start(), p.get().end())
                                    + 1;
                        }
                    }
                    long stated = f.periods().stream()
                            .mapToLong(org.pravasi.registry.stated.Dates::days)
                            .sum();
                    if (days != stated) {
                        return new int[0];
                    }
                }
            } else {
                for (String v : values) {
                    if (f.categories().contains(v)) {
                        ok.add(v);
                    }
                }
                if (ok.isEmpty()) {
                    ok = open(values, sample, dsg, overlap);
                } else {
                    categoriesUsed.addAll(ok);
                    if (ok.size() > 1 && overlaps(dsg, sample, overlap)) {
                        return new int[0];
                    }
                }
            }
            if (ok.isEmpty()) {
                return new int[0];
            }
            allowed.add(ok);
        }
        if (!areaDim && !f.areas().isEmpty() || !periodDim && !f.periods().isEmpty()) {
            return new int[0];
        }
        if (!categoriesUsed.containsAll(f.categories())) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < table.keys().size(); i++) {
            List<String> key = table.keys().get(i);
            boolean in = true;
            for (int d = 0; d < dims && in; d++) {
                in = allowed.get(d).contains(key.get(d));
            }
            if (in) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A dimension the figure leaves open: its total, else every value when they add up; else none. */
    private static Set<String> open(Set<String> values, String sample, DatasetGraph dsg, Map<String, Boolean> overlap) {
        if (values.contains(Cell.TOTAL)) {
            return Set.of(Cell.TOTAL);
        }
        if (overlaps(dsg, sample, overlap)) {
            return Set.of();
        }
        return values;
    }

    /** Whether the categories of the code list of {@code concept} overlap (they do not add up). */
    private static boolean overlaps(DatasetGraph dsg, String concept, Map<String, Boolean> cache) {
        int slash = concept.lastIndexOf('/');
        if (slash < 0 || !concept.startsWith(PravasiUris.CODE_BASE)) {
            return false;
        }
        String scheme = concept.substring(0, slash);
        return cache.computeIfAbsent(scheme, s -> {
            Node codes = NodeFactory.createURI(PravasiUris.CODES_GRAPH);
            return dsg.find(codes, NodeFactory.createURI(s), PV.categoriesOverlap.asNode(), Node.ANY)
                            .hasNext()
                    && dsg.find(codes, NodeFactory.createURI(s), PV.categoriesOverlap.asNode(), Node.ANY)
                            .next()
                            .getObject()
                            .getLiteralLexicalForm()
                            .equals("true");
        });
    }

    /** The words of the places and categories {@code all} hold, and of {@code measures}. */
    private FigureTerms terms(DatasetGraph dsg, ValueNesting nesting, Set<String> measures, List<KeyedTable> all) {
        FigureTerms.Builder b = FigureTerms.builder(measures);
        Set<String> seen = new java.util.HashSet<>();
        for (KeyedTable t : all) {
            for (List<String> key : t.keys()) {
                for (String v : key) {
                    if (v.equals(Cell.TOTAL) || !seen.add(v)) {
                        continue;
                    }
                    if (ValueNesting.isDistrict(v) || ValueNesting.isState(v)) {
                        b.area(v, names(dsg, v));
                        if (ValueNesting.isDistrict(v)) {
                            // A state's name finds its districts' cells, and beside a district qualifies it.
                            nesting.state(v).ifPresent(st -> b.within(v, st));
                            nesting.state(v).filter(seen::add).ifPresent(st -> b.area(st, names(dsg, st)));
                        }
                    } else if (ValueNesting.period(v).isEmpty() && v.startsWith(PravasiUris.CODE_BASE)) {
                        b.category(v, labels(dsg, PravasiUris.CODES_GRAPH, v));
                    }
                }
            }
        }
        return b.build();
    }

    private List<String> names(DatasetGraph dsg, String place) {
        List<String> out = new ArrayList<>(places.of(place));
        out.addAll(labels(dsg, PravasiUris.GEO_GRAPH, place));
        return out;
    }

    private static List<String> labels(DatasetGraph dsg, String graph, String iri) {
        List<String> out = new ArrayList<>();
        Node g = NodeFactory.createURI(graph);
        Node s = NodeFactory.createURI(iri);
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), RDFS.label.asNode())) {
            dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    out.add(q.getObject().getLiteralLexicalForm());
                }
            });
        }
        return out;
    }

    private static String localName(Node measure) {
        String uri = measure.isURI() ? measure.getURI() : measure.toString();
        return uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
    }
}
