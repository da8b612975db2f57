package org.pravasi.portal.sparql;

import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.pravasi.portal.linkeddata.RdfBodies;
import org.pravasi.registry.sparql.QueryLimits;
import org.pravasi.registry.store.Store;

/**
 * Runs one query in a read transaction under the node's {@link QueryLimits} with the timeout, the result cap and the
 * byte budget: at most {@code cap} rows (SELECT) or triples (CONSTRUCT, DESCRIBE), and whether more were cut off,
 * written in at most {@code budget} bytes.
 */
final class QueryRunner {
    private final Store store;
    private final long timeoutMs;
    private final int cap;
    private final long budget;
    private final Context limits;

    QueryRunner(Store store, long timeoutMs, int cap, long budget, boolean allowService) {
        this.store = store;
        this.timeoutMs = timeoutMs;
        this.cap = cap;
        this.budget = budget;
        this.limits = QueryLimits.apply(new Context(), timeoutMs, allowService);
    }

    /**
     * An answer ready to send.
     *
     * @param body the serialised result, within the byte budget
     * @param truncated whether rows or triples beyond the cap were dropped
     */
    record Answer(Buffer body, boolean truncated) {}

    /**
     * Runs {@code query} over the store (or the graphs {@code description} names) and writes it in {@code lang}.
     *
     * @throws AnswerTooLargeException as soon as the answer would pass the byte budget
     */
    Answer run(Query query, DatasetDescription description, Lang lang) {
        boolean capped = query.isSelectType() && (!query.hasLimit() || query.getLimit() > cap);
        if (capped) {
            query.setLimit(cap + 1L);
        }
        // protocol parameters replace the query's own FROM / FROM NAMED (SPARQL 1.1 Protocol 2.1.4)
        DatasetDescription graphs = description != null && !description.isEmpty()
                ? description
                : query.hasDatasetDescription()
                        ? DatasetDescription.create(
                                new ArrayList<>(query.getGraphURIs()), new ArrayList<>(query.getNamedGraphURIs()))
                        : null;
        if (graphs != null) {
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        return Txn.calculateRead(store.dataset(), () -> {
            // with graphs named, the default graph is their merge, not the store's union of all graphs
            DatasetGraph dsg =
                    graphs == null ? store.dataset() : DynamicDatasets.dynamicDataset(graphs, store.dataset(), false);
            QueryExecBuilder b = QueryExec.dataset(dsg).query(query).timeout(timeoutMs, TimeUnit.MILLISECONDS);
            // set one by one: a whole context would replace the store's own (TDB2's union default graph)
            limits.keys().forEach(k -> b.set(k, limits.get(k)));
            QueryExec exec = b.build();
            try (exec) {
                BoundedOutput out = new BoundedOutput(budget, deadline);
                if (query.isSelectType()) {
                    RowSet rows = exec.select();
                    List<Binding> kept = new ArrayList<>();
                    while (kept.size() < cap && rows.hasNext()) {
                        kept.add(rows.next());
                    }
                    boolean truncated = capped && rows.hasNext();
                    if (SparqlFormats.SPREADSHEET.contains(lang)) {
                        kept.replaceAll(SpreadsheetCells::protect);
                    }
                    ResultsWriter.create()
                            .lang(lang)
                            .build()
                            .write(out, RowSetStream.create(rows.getResultVars(), kept.iterator()));
                    return new Answer(out.answer(), truncated);
                }
                if (query.isAskType()) {
                    ResultSetMgr.write(out, exec.ask(), lang);
                    return new Answer(out.answer(), false);
                }
                Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
                Graph g = GraphFactory.createDefaultGraph();
                g.getPrefixMapping().setNsPrefixes(RdfBodies.PREFIXES).setNsPrefixes(query.getPrefixMapping());
                boolean truncated = false;
                while (triples.hasNext()) {
                    Triple t = triples.next();
                    if (g.size() >= cap && !g.contains(t)) {
                        truncated = true;
                        break;
                    }
                    g.add(t);
                }
                RDFDataMgr.write(out, g, lang);
                return new Answer(out.answer(), truncated);
            }
        });
    }
}
