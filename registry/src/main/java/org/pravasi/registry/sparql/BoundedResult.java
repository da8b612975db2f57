package org.pravasi.registry.sparql;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * Checks what a built-in returns: a string counts against the {@link StringBudget}; an integer or decimal may have at
 * most {@link QueryLimits#MAX_NUMBER_BITS} bits (repeated multiplication would otherwise double its size each time).
 */
final class BoundedResult extends ExprFunction1 {
    private final String function;

    BoundedResult(Expr expr, String function) {
        super(expr, "bounded");
        this.function = function;
    }

    @Override
    public NodeValue eval(NodeValue v, FunctionEnv env) {
        if (v.isString() || v.isLangString()) {
            StringBudget.charge(
                    env, function, v.asNode().getLiteralLexicalForm().length());
        } else if (v.isInteger() && v.getInteger().bitLength() > QueryLimits.MAX_NUMBER_BITS
                || v.isDecimal() && v.getDecimal().unscaledValue().bitLength() > QueryLimits.MAX_NUMBER_BITS) {
            throw QueryLimits.tooManyBits(function, "made", "");
        }
        return v;
    }

    @Override
    public NodeValue eval(NodeValue v) {
        return eval(v, null);
    }

    @Override
    public Expr copy(Expr expr) {
        return new BoundedResult(expr, function);
    }
}
