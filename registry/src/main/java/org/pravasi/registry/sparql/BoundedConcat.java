package org.pravasi.registry.sparql;

import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL {@code CONCAT(…)} that refuses to build a string longer than {@link QueryLimits#MAX_STRING_CHARS}. */
final class BoundedConcat extends ExprFunctionN {
    BoundedConcat(ExprList args) {
        super("concat", args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        long length = 0;
        for (NodeValue v : args) {
            length += v.isLiteral() ? v.asNode().getLiteralLexicalForm().length() : 0;
        }
        StringBudget.charge(env, "CONCAT", length);
        return XSDFuncOp.strConcat(args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedConcat(newArgs);
    }
}
