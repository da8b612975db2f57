package org.pravasi.registry.sparql;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/** Swaps GROUP_CONCAT for a version that stops at {@link QueryLimits#MAX_STRING_CHARS}. */
final class SafeAggregates extends TransformCopy {
    @Override
    public Op transform(OpGroup opGroup, Op subOp) {
        List<ExprAggregator> aggs = new ArrayList<>();
        boolean changed = false;
        for (ExprAggregator ea : opGroup.getAggregators()) {
            Aggregator a = ea.getAggregator();
            Aggregator bounded = switch (a) {
                case BoundedGroupConcat b -> b;
                case AggGroupConcat g -> new BoundedGroupConcat(g.getExprList().get(0), g.getSeparator(), false);
                case AggGroupConcatDistinct g ->
                    new BoundedGroupConcat(g.getExprList().get(0), g.getSeparator(), true);
                default -> a;
            };
            changed |= bounded != a;
            aggs.add(bounded == a ? ea : new ExprAggregator(ea.getVar(), bounded));
        }
        return changed ? OpGroup.create(subOp, opGroup.getGroupVars(), aggs) : super.transform(opGroup, subOp);
    }
}
