package org.pravasi.registry.sparql;

import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/** SPARQL {@code CONCAT(…)} that refuses to build a string longer than {@link QueryLimits#MAX_STRING_CHARS}. */
final class BoundedConcat extends ExprFunctionN {
    BoundedConcat(ExprList args) {
        super("concat", args);
    }

    /** Stops the query when a string built by {@code function} has grown to {@code length} characters, past the limit. */
    static void check(String function, long length) {
        if (length > QueryLimits.MAX_STRING_CHARS) {
            throw new QueryRefusedException(function + " built a string longer than " + QueryLimits.MAX_STRING_CHARS
                    + " characters, the most this endpoint allows. Build shorter strings (take SUBSTR of the parts, or fewer rows).");
        }
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        long length = 0;
        for (NodeValue v : args) {
            length += v.isLiteral() ? v.asNode().getLiteralLexicalForm().length() : 0;
        }
        check("CONCAT", length);
        return XSDFuncOp.strConcat(args);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedConcat(newArgs);
    }
}
