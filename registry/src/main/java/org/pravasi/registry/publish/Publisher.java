package org.pravasi.registry.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.CountsToDate;
import org.pravasi.registry.disclosure.PriorRelease;
import org.pravasi.registry.disclosure.PublicFigure;
import org.pravasi.registry.disclosure.SuppressionReason;
import org.pravasi.registry.disclosure.TooCostly;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.ingest.CsvText;
import org.pravasi.registry.ingest.Descriptor;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.ingest.Parsed;
import org.pravasi.registry.ingest.Row;
import org.pravasi.registry.ingest.Table;
import org.pravasi.registry.ingest.TableReader;
import org.pravasi.registry.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publishing pipeline for CSV datasets: parse, check against reference data, screen for personal data, suppress
 * small cells, validate with SHACL, then replace the dataset's version graph and catalogue record in one write
 * transaction and announce the change. A refused or failed publish writes nothing.
 */
public final class Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final Store store;
    private final InstanceUris uris;
    private final KeyResolver resolver;
    private final Disclosure disclosure;
    private final ShapeCheck shapes;
    private final VersionArchive archive;
    private final ChangeBus bus;
    private final StoredTables tables;
    private final StatedFiguresCheck figures;
    private final CountsToDate stocks;
    private final PublishingLock writer;

    /** Wires the pipeline; {@code tables} are the node's tables of version graphs, read by disclosure control. */
    public Publisher(
            Store store,
            InstanceUris uris,
            ReferenceData reference,
            Disclosure disclosure,
            ShapeCheck shapes,
            VersionArchive archive,
            ChangeBus bus,
            StoredTables tables,
            CountsToDate stocks,
            PublishingLock writer) {
        this(store, uris, new KeyResolver(reference), disclosure, shapes, archive, bus, tables, stocks, writer);
    }

    /**
     * The same pipeline, on the same store, with another disclosure control: a tighter work budget, where a test must
     * reach it quickly.
     */
    Publisher withDisclosure(Disclosure other) {
        return new Publisher(store, uris, resolver, other, shapes, archive, bus, tables, stocks, writer);
    }

    private Publisher(
            Store store,
            InstanceUris uris,
            KeyResolver resolver,
            Disclosure disclosure,
            ShapeCheck shapes,
            VersionArchive archive,
            ChangeBus bus,
            StoredTables tables,
            CountsToDate stocks,
            PublishingLock writer) {
        this.writer = writer;
        this.stocks = stocks;
        this.store = store;
        this.uris = uris;
        this.resolver = resolver;
        this.disclosure = disclosure;
        this.shapes = shapes;
        this.archive = archive;
        this.bus = bus;
        this.tables = tables;
        this.figures = new StatedFiguresCheck(tables, disclosure.threshold(), disclosure.togetherWork());
    }

    /** Runs the pipeline on one upload. */
    public PublishOutcome publish(PublishRequest req) {
        return publish(req, WithheldLines.NONE);
    }

    /**
     * Runs the pipeline on one upload and, once disclosure control has run, tells {@code withheld} which lines of the
     * CSV it withheld and why (the publishing workspace marks them in its preview of a dry run).
     */
    public PublishOutcome publish(PublishRequest req, WithheldLines withheld) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Findings findings = new Findings();
        Parsed<Descriptor> pd = DescriptorReader.read(req.descriptorName(), req.descriptor());
        findings.addAll(pd.findings());
        if (pd.value().isEmpty()) {
            return refused("", findings, t0);
        }
        Descriptor d = pd.value().get();
        String dataset = uris.dataset(d.publisher(), d.slug()).getURI();
        if (!d.publisher().equals(req.org())) {
            findings.add(Finding.error(
                    req.descriptorName(),
                    "publisher",
                    "This key belongs to organisation '" + req.org() + "' and cannot publish for '" + d.publisher()
                            + "'.",
                    "Publish with the key of '" + d.publisher() + "', or set \"publisher\": \"" + req.org() + "\"."));
            return PublishOutcome.refused(
                    PublishOutcome.Status.FORBIDDEN, dataset, disclosure.threshold(), ms(t0), findings.list());
        }
        disclosure.screenDescriptor(d, req.descriptorName(), findings);
        shapes.checkThemes(d, req.descriptorName(), findings);
        Parsed<String> text = CsvText.decode(req.csvName(), req.csv());
        findings.addAll(text.findings());
        if (text.value().isEmpty()) {
            return refused(dataset, findings, t0);
        }
        Parsed<Table> pt = TableReader.read(req.csvName(), text.value().get(), d);
        findings.addAll(pt.findings());
        if (pt.value().isEmpty()) {
            return refused(dataset, findings, t0);
        }
        Table table = pt.value().get();
        disclosure.screenTable(table, findings);
        Optional<ResolvedKeys> keys = resolver.resolve(table, findings);
        if (keys.isEmpty() || findings.hasErrors()) {
            return refused(dataset, findings, t0);
        }
        KeyedTable unsuppressed = keyed(d, table, keys.get(), new BitSet());
        PriorRelease prior = store.read(() -> SameMeasureTables.lastRelease(
                        store.dataset(), tables, unsuppressed.dataset())
                .map(before -> VersionsReadTogether.of(unsuppressed, before).prior())
                .orElse(PriorRelease.NONE));
        Disclosure.Result suppression;
        try {
            suppression = disclosure.suppress(
                    table,
                    keys.get(),
                    prior,
                    cells -> store.read(() -> OutsideGroups.of(cells, ValueNesting.read(store.dataset()))));
        } catch (TooCostly x) {
            disclosure.reportTooCostly(table, x, findings);
            return refused(dataset, findings, t0);
        }
        suppression.suppressed().stream()
                .forEach(i -> withheld.withheld(
                        table.rows().get(i).line(),
                        suppression.primaryRows().get(i)
                                ? SuppressionReason.PRIMARY_BELOW_THRESHOLD
                                : SuppressionReason.SECONDARY_COMPLEMENT));
        disclosure.reportUnprotectable(table, suppression, findings);
        reportChangesToDate(table, keys.get(), suppression, findings);
        shapes.checkSample(table, keys.get(), suppression.suppressed(), findings);
        if (findings.hasErrors()) {
            return refused(dataset, findings, t0);
        }
        if (req.dryRun()) {
            checkTogether(d, table, keys.get(), suppression, findings);
            if (findings.hasErrors()) {
                return refused(dataset, findings, t0);
            }
            return new PublishOutcome(
                    PublishOutcome.Status.VALID,
                    PublishOutcome.Target.dataset(dataset),
                    table.rows().size(),
                    withheld(suppression),
                    0,
                    ms(t0),
                    findings.list());
        }
        return write(
                d,
                table,
                keys.get(),
                suppression,
                started,
                TableDigest.of(table, keys.get(), suppression.suppressed()),
                findings,
                t0);
    }

    /**
     * One error per pair of published counts to date of one series that differ by 1 to k-1: the difference is a count
     * of people who joined or left ({@link CountsToDate}).
     */
    private void reportChangesToDate(Table table, ResolvedKeys keys, Disclosure.Result suppression, Findings findings) {
        int period = -1;
        for (int c = 0; c < keys.columns().size(); c++) {
            if (keys.columns().get(c).role() == org.pravasi.registry.ingest.ColumnRole.PERIOD) {
                period = c;
            }
        }
        List<Cell> cells = new ArrayList<>(table.rows().size());
        table.rows().forEach(r -> cells.add(new Cell(keys.publishedKey(r.key()), r.value())));
        int k = disclosure.threshold();
        for (CountsToDate.Change c : stocks.smallChanges(cells, suppression.suppressed(), period, k)) {
            Row a = table.rows().get(c.earlier());
            Row b = table.rows().get(c.later());
            findings.add(Finding.error(
                    table.file(),
                    b.line(),
                    "",
                    String.join(",", b.key()),
                    "The counts to date at line " + a.line() + " (" + String.join(",", a.key()) + ") and line "
                            + b.line() + " (" + String.join(",", b.key()) + ")"
                            + (c.derived() ? ", each less the counts published beside it in both periods," : "")
                            + " differ by less than the threshold of " + k + ": the difference is a count of the"
                            + " people who joined or left between the two periods.",
                    "Publish counts to date for one period only, or the people who joined in each period (a count per"
                            + " period, which is protected like any other); see docs/disclosure.md, \"Counts to"
                            + " date\"."));
        }
    }

    private PublishOutcome write(
            Descriptor d,
            Table table,
            ResolvedKeys keys,
            Disclosure.Result suppression,
            Instant started,
            String digest,
            Findings findings,
            long t0) {
        Node ds = uris.dataset(d.publisher(), d.slug());
        Node org = uris.org(d.publisher());
        writer.lock();
        try {
            // An upload that publishes exactly what the current version does shows nothing new: it is answered at once,
            // before the check of tables read together (seconds for a large table, and refused past its budget).
            Optional<PublishOutcome> replay = replay(d, table, keys, suppression, digest, started, findings, t0);
            if (replay.isPresent()) {
                return replay.get();
            }
            checkTogether(d, table, keys, suppression, findings);
            if (findings.hasErrors()) {
                return refused(ds.getURI(), findings, t0);
            }
            Written w = store.write(() -> {
                VersionHistory history = VersionHistory.read(store.dataset(), ds);
                int n = history.current() + 1;
                Node version = uris.version(d.publisher(), d.slug(), n);
                history.currentNode().ifPresent(prev -> archive.moveOut(store.dataset(), prev));
                long triples = new CubeWriter(store.dataset()).write(version, table, keys, suppression.suppressed());
                Instant finished = Instant.now();
                Graph record = new CatalogRecord()
                        .build(new CatalogRecord.Facts(
                                new CatalogRecord.Version(ds, version, n),
                                new CatalogRecord.Activity(
                                        uris.activity(UUID.randomUUID().toString()), org, started, finished),
                                d,
                                keys,
                                new CatalogRecord.Table(table.rows().size(), digest),
                                withheld(suppression),
                                history));
                triples += Catalog.replaceRecord(store.dataset(), uris, ds, record);
                return new Written(version, n, triples, finished);
            });
            LOG.info(
                    "Published {} version {} ({} observations, {} suppressed, {} triples)",
                    ds.getURI(),
                    w.number(),
                    table.rows().size(),
                    suppression.primary() + suppression.secondary(),
                    w.triples());
            bus.announce(new ChangeEvent(
                    ChangeEvent.Kind.PUBLISHED, ds.getURI(), w.version().getURI(), d.publisher(), w.finished()));
            return new PublishOutcome(
                    PublishOutcome.Status.PUBLISHED,
                    new PublishOutcome.Target(ds.getURI(), w.version().getURI(), w.number()),
                    table.rows().size(),
                    withheld(suppression),
                    w.triples(),
                    ms(t0),
                    findings.list());
        } finally {
            writer.unlock();
        }
    }

    /**
     * Refuses the table if, read together with the organisation's other current tables of the same measure, it gives a
     * withheld count away (theirs or its own).
     */
    private void checkTogether(
            Descriptor d, Table table, ResolvedKeys keys, Disclosure.Result suppression, Findings findings) {
        KeyedTable fresh = keyed(d, table, keys, suppression.suppressed());
        PublishedTogether.Context context = new PublishedTogether.Context(table.file(), disclosure.threshold());
        long work = disclosure.togetherWork();
        try {
            store.read(() -> {
                PublishedTogether.check(
                        store.dataset(), tables, uris.org(d.publisher()), fresh, context, work, findings);
                PublishedTogether.checkVersions(
                        TablesReadTogether.checkVersion(
                                store.dataset(), tables, fresh, disclosure.threshold(), true, work),
                        context,
                        findings);
                if (!findings.hasErrors()) {
                    figures.checkTable(
                            store.dataset(), uris.org(d.publisher()), fresh, texts(d, table.file()), findings);
                }
                return null;
            });
        } catch (TooCostly x) {
            disclosure.reportTogetherTooCostly(table.file(), x, findings);
        }
    }

    /**
     * The texts of a descriptor, which its record publishes: titles, descriptions, source and keywords, with its
     * declarations.
     */
    private static List<StatedText> texts(Descriptor d, String file) {
        List<String> declared =
                d.publicFigures().stream().map(PublicFigure::phrase).toList();
        List<StatedText> out = new ArrayList<>();
        d.title().forEach((lang, t) -> out.add(new StatedText(file, "title", t, java.util.Set.of(), declared, true)));
        d.description()
                .forEach((lang, t) ->
                        out.add(new StatedText(file, "description", t, java.util.Set.of(), declared, true)));
        out.add(new StatedText(file, "source", d.source(), java.util.Set.of(), declared, true));
        d.keywords().forEach(t -> out.add(new StatedText(file, "keywords", t, java.util.Set.of(), declared, true)));
        // Each declared phrase is published in the record's provenance, whether or not a text repeats it.
        declared.forEach(t -> out.add(new StatedText(file, "publicFigures", t, java.util.Set.of(), List.of(t), true)));
        // The slug is in every IRI and page title, read as words.
        out.add(StatedText.fresh(file, "slug", d.slug().replace('-', ' ')));
        return out;
    }

    /** The table as disclosure control reads it across tables and versions, with {@code withheld} withheld. */
    private KeyedTable keyed(Descriptor d, Table table, ResolvedKeys keys, BitSet withheld) {
        int n = table.rows().size();
        List<List<String>> cellKeys = new ArrayList<>(n);
        long[] lines = new long[n];
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            cellKeys.add(keys.publishedKey(table.rows().get(i).key()));
            lines[i] = table.rows().get(i).line();
            values[i] = table.rows().get(i).value();
        }
        return new KeyedTable(
                uris.dataset(d.publisher(), d.slug()),
                CubeWriter.measure(table),
                keys.properties(),
                cellKeys,
                values,
                withheld,
                lines);
    }

    private PublishOutcome.Withheld withheld(Disclosure.Result suppression) {
        return new PublishOutcome.Withheld(suppression.primary(), suppression.secondary(), disclosure.threshold());
    }

    /**
     * The current version, unchanged, when the upload publishes exactly what it does (docs/data-model.md, "Replays").
     */
    private Optional<PublishOutcome> replay(
            Descriptor d,
            Table table,
            ResolvedKeys keys,
            Disclosure.Result suppression,
            String digest,
            Instant started,
            Findings findings,
            long t0) {
        Node ds = uris.dataset(d.publisher(), d.slug());
        return store.read(() -> {
            VersionHistory history = VersionHistory.read(store.dataset(), ds);
            if (history.currentNode().isEmpty()) {
                return Optional.<PublishOutcome>empty();
            }
            Graph candidate = new CatalogRecord()
                    .build(new CatalogRecord.Facts(
                            new CatalogRecord.Version(ds, history.currentNode().get(), history.current()),
                            new CatalogRecord.Activity(
                                    uris.activity("replay"), uris.org(d.publisher()), started, started),
                            d,
                            keys,
                            new CatalogRecord.Table(table.rows().size(), digest),
                            withheld(suppression),
                            history));
            return Replay.unchanged(store.dataset().getGraph(ds), candidate, ds, history.currentNode(), digest)
                    .map(v -> new PublishOutcome(
                            PublishOutcome.Status.UNCHANGED,
                            new PublishOutcome.Target(ds.getURI(), v.getURI(), history.current()),
                            table.rows().size(),
                            withheld(suppression),
                            0,
                            ms(t0),
                            findings.list()));
        });
    }

    /** Longest withdrawal reason accepted, in characters. */
    public static final int MAX_REASON_LENGTH = 2_000;

    /**
     * Withdraws a dataset: its current version leaves the store (kept in the archive, for its publisher only) and its
     * record becomes a tombstone that states the reason. A blank, over-long or personal reason refuses and changes
     * nothing.
     */
    public WithdrawOutcome withdraw(String org, String slug, String reason) {
        Node ds = uris.dataset(org, slug);
        Findings findings = new Findings();
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            findings.add(
                    Finding.error(
                            "reason",
                            "reason",
                            "A withdrawal needs a reason; none was given.",
                            "Say in a sentence why the dataset is withdrawn (e.g. \"Two quarters were counted twice.\"); it is published with the tombstone."));
        } else if (text.length() > MAX_REASON_LENGTH) {
            findings.add(Finding.error(
                    "reason",
                    "reason",
                    "The reason has " + text.length() + " characters; at most " + MAX_REASON_LENGTH + " are kept.",
                    "Shorten the reason to a few sentences."));
        } else {
            disclosure.screenText("reason", "reason", text, findings);
        }
        if (findings.hasErrors()) {
            return new WithdrawOutcome(WithdrawOutcome.Status.REFUSED, ds.getURI(), "", findings.list());
        }
        writer.lock();
        try {
            // The reason is public with the tombstone, beside the tables: a figure in it is read against them, under
            // the lock, so that no table published meanwhile escapes it.
            store.read(() -> {
                figures.checkTexts(
                        store.dataset(),
                        uris.org(org),
                        List.of(StatedText.fresh("reason", "reason", text)),
                        null,
                        findings);
                return null;
            });
            if (findings.hasErrors()) {
                return new WithdrawOutcome(WithdrawOutcome.Status.REFUSED, ds.getURI(), "", findings.list());
            }
            Optional<Instant> when = store.write(() -> {
                VersionHistory history = VersionHistory.read(store.dataset(), ds);
                if (history.currentNode().isEmpty()) {
                    return Optional.<Instant>empty();
                }
                archive.moveOut(store.dataset(), history.currentNode().get());
                Instant now = Instant.now();
                Catalog.markWithdrawn(
                        store.dataset(),
                        new Catalog.Withdrawal(
                                ds,
                                history.currentNode().get(),
                                uris.org(org),
                                uris.activity(UUID.randomUUID().toString()),
                                now,
                                text));
                return Optional.of(now);
            });
            when.ifPresent(t -> bus.announce(new ChangeEvent(ChangeEvent.Kind.WITHDRAWN, ds.getURI(), "", org, t)));
            return when.map(t -> new WithdrawOutcome(
                            WithdrawOutcome.Status.WITHDRAWN, ds.getURI(), t.toString(), java.util.List.of()))
                    .orElseGet(() -> new WithdrawOutcome(
                            WithdrawOutcome.Status.NOT_FOUND, ds.getURI(), "", java.util.List.of()));
        } finally {
            writer.unlock();
        }
    }

    private PublishOutcome refused(String dataset, Findings findings, long t0) {
        return PublishOutcome.refused(
                PublishOutcome.Status.REFUSED, dataset, disclosure.threshold(), ms(t0), findings.list());
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private record Written(Node version, int number, long triples, Instant finished) {}
}
