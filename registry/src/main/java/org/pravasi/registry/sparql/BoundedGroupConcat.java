package org.pravasi.registry.sparql;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL {@code GROUP_CONCAT} that stops the query once the string passes {@link QueryLimits#MAX_STRING_CHARS}. */
final class BoundedGroupConcat extends AggGroupConcat {
    private final String separator;
    private final boolean distinct;

    BoundedGroupConcat(Expr expr, String separator, boolean distinct) {
        super(expr, separator);
        this.separator = separator == null ? " " : separator;
        this.distinct = distinct;
    }

    @Override
    public Aggregator copy(ExprList exprs) {
        return new BoundedGroupConcat(exprs.get(0), getSeparator(), distinct);
    }

    @Override
    public Accumulator createAccumulator() {
        return new AccumulatorExpr(getExprList().get(0), distinct) {
            private final StringBuilder sb = new StringBuilder();
            private boolean first = true;

            @Override
            protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
                if (!first) {
                    sb.append(separator);
                }
                first = false;
                String str = nv.asString();
                sb.append(str);
                StringBudget.checkLength("GROUP_CONCAT", sb.length());
                StringBudget.charge(env, "GROUP_CONCAT", str.length() + separator.length());
            }

            @Override
            protected void accumulateError(Binding binding, FunctionEnv env) {}

            @Override
            protected NodeValue getAccValue() {
                return NodeValue.makeString(sb.toString());
            }
        };
    }
}
