package org.pravasi.registry.sparql;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrOne;
import org.apache.jena.sparql.path.Path;

/**
 * Bounds the work ARQ does before the query runs, which no timeout can stop: its optimiser writes a property path out
 * as triple patterns and orders every basic graph pattern in time growing with the square of its size, in one call. So
 * a pattern (its triple patterns, each step of each path counted) may hold at most {@link #MAX_PATTERNS}, and a path
 * only what SPARQL 1.1 defines: ARQ's repetition {@code p{N}}, {@code p{N,M}} and its {@code DISTINCT},
 * {@code SHORTEST} and {@code MULTI} paths are refused (a 50-byte {@code p{100000000}} ran a 512 MiB heap out in 8 s).
 */
final class BoundedPatterns {
    /** Most triple patterns and path steps in one query pattern: far past what people write, 0.1 s to order. */
    static final int MAX_PATTERNS = 1_000;

    private BoundedPatterns() {}

    /**
     * Throws {@link QueryRefusedException} when {@code op} holds a path SPARQL 1.1 does not define or too many steps.
     */
    static void check(Op op) {
        long[] steps = {0};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                add(steps, bgp.getPattern().size());
            }

            @Override
            public void visit(OpTriple triple) {
                add(steps, 1);
            }

            @Override
            public void visit(OpQuadPattern quads) {
                add(steps, quads.getPattern().size());
            }

            @Override
            public void visit(OpQuadBlock quads) {
                add(steps, quads.getPattern().size());
            }

            @Override
            public void visit(OpPath path) {
                add(steps, steps(path.getTriplePath().getPath(), MAX_PATTERNS - steps[0]));
            }
        });
    }

    private static void add(long[] steps, long more) {
        steps[0] += more;
        if (steps[0] > MAX_PATTERNS) {
            throw new QueryRefusedException("The query's pattern has more than " + MAX_PATTERNS
                    + " triple patterns and property path steps, the most this endpoint plans in one query. "
                    + "Split it into several queries.");
        }
    }

    /**
     * The links of {@code path} (what ARQ may write out as triple patterns), counted without recursion, so that a
     * sequence of thousands of steps cannot overflow the stack; stops past {@code budget}.
     */
    private static long steps(Path path, long budget) {
        long links = 0;
        Deque<Path> open = new ArrayDeque<>();
        open.push(path);
        while (!open.isEmpty() && links <= budget) {
            switch (open.pop()) {
                case P_Link l -> links++;
                case P_ReverseLink l -> links++;
                case P_NegPropSet n -> links++;
                case P_Seq s -> {
                    open.push(s.getRight());
                    open.push(s.getLeft());
                }
                case P_Alt a -> {
                    open.push(a.getRight());
                    open.push(a.getLeft());
                }
                case P_Inverse i -> open.push(i.getSubPath());
                case P_ZeroOrOne z -> open.push(z.getSubPath());
                case P_ZeroOrMore1 z -> open.push(z.getSubPath());
                case P_OneOrMore1 o -> open.push(o.getSubPath());
                default ->
                    throw new QueryRefusedException("The property path " + path
                            + " uses a form SPARQL 1.1 does not define (ARQ's repetition {n}, {n,m}, DISTINCT, "
                            + "SHORTEST or MULTI), which this endpoint does not run. Use p/p/p for a fixed length, or "
                            + "p+ and p* (SPARQL 1.1).");
            }
        }
        return links;
    }
}
