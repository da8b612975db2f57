package org.pravasi.registry.sparql;

import com.google.re2j.Pattern;
import java.util.List;
import org.apache.jena.sparql.ARQInternalErrorException;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL {@code REGEX(text, pattern [, flags])} matched by RE2/J. */
final class Re2Regex extends org.apache.jena.sparql.expr.ExprFunctionN {
    private final Pattern constant;

    Re2Regex(ExprList args) {
        super("regex", args);
        Expr p = args.get(1);
        Expr f = args.size() > 2 ? args.get(2) : null;
        constant = p.isConstant() && (f == null || f.isConstant())
                ? Re2.compileConstant("REGEX", p.getConstant(), f == null ? null : f.getConstant())
                : null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = Re2.string("REGEX", args.get(0));
        Pattern p = constant != null
                ? constant
                : Re2.compile(
                        "REGEX",
                        Re2.string("REGEX", args.get(1)),
                        args.size() > 2 ? Re2.string("REGEX", args.get(2)) : "");
        return NodeValue.booleanReturn(p.matcher(Re2.input(text, env)).find());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ARQInternalErrorException("REGEX is evaluated with its environment");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new Re2Regex(newArgs);
    }
}
