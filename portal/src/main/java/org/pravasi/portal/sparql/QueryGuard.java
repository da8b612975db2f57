package org.pravasi.portal.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.update.UpdateFactory;

/** Static checks on a query before it runs: does it call other services, is a failed query text an update. */
final class QueryGuard {
    private QueryGuard() {}

    /** Whether the query contains {@code SERVICE} anywhere: in its pattern, sub-queries or {@code EXISTS} filters. */
    static boolean usesService(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        Op op = Algebra.compile(query);
        boolean[] found = {false};
        OpVisitorBase visitor = new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found[0] = true;
            }
        };
        Walker.walk(op, visitor, new ExprVisitorBase());
        return found[0];
    }

    /** Whether {@code text}, which did not parse as a query, parses as a SPARQL Update request. */
    static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }
}
