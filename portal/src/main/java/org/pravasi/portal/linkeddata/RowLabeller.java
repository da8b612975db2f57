package org.pravasi.portal.linkeddata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.pravasi.registry.catalog.CubeData;

/**
 * Turns stored rows ({@link CubeData.Row}, values as RDF terms) into {@link Cube.Row}s, making each distinct value's
 * term once; a missing value is an empty term. One per read: it is not safe across threads.
 */
public final class RowLabeller {
    private static final Cube.Term NONE = new Cube.Term("", "", "");

    private final Function<Node, Cube.Term> term;
    private final Map<Node, Cube.Term> terms = new HashMap<>();

    /** A labeller making each value's term with {@code term}. */
    public RowLabeller(Function<Node, Cube.Term> term) {
        this.term = term;
    }

    /** {@code r} with its values as terms. */
    public Cube.Row row(CubeData.Row r) {
        List<Cube.Term> keys = new ArrayList<>(r.keys().size());
        r.keys()
                .forEach(
                        k -> keys.add(k.map(n -> terms.computeIfAbsent(n, term)).orElse(NONE)));
        return new Cube.Row(r.uri(), keys, r.count());
    }
}
