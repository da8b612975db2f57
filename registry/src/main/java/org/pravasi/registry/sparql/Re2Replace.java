package org.pravasi.registry.sparql;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import org.apache.jena.sparql.ARQInternalErrorException;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE(text, pattern, replacement [, flags])} matched by RE2/J; the result keeps the text's language
 * tag or datatype, and may not grow past {@link QueryLimits#MAX_STRING_CHARS}.
 */
final class Re2Replace extends org.apache.jena.sparql.expr.ExprFunctionN {
    private final Pattern constant;

    Re2Replace(ExprList args) {
        super("replace", args);
        Expr p = args.get(1);
        Expr f = args.size() > 3 ? args.get(3) : null;
        constant = p.isConstant() && (f == null || f.isConstant())
                ? Re2.compileConstant("REPLACE", p.getConstant(), f == null ? null : f.getConstant())
                : null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        NodeValue text = args.get(0);
        String s = Re2.string("REPLACE", text);
        Pattern p = constant != null
                ? constant
                : Re2.compile(
                        "REPLACE",
                        Re2.string("REPLACE", args.get(1)),
                        args.size() > 3 ? Re2.string("REPLACE", args.get(3)) : "");
        String replacement = Re2.string("REPLACE", args.get(2));
        Matcher m = p.matcher(Re2.input(s, env));
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        try {
            while (m.find()) {
                if (!first && m.start() == m.end()) {
                    continue; // as ARQ: after the first match, empty matches replace nothing
                }
                first = false;
                m.appendReplacement(sb, replacement);
                StringBudget.checkLength("REPLACE", sb.length());
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: bad replacement \"" + replacement + "\": " + e.getMessage());
        }
        m.appendTail(sb);
        StringBudget.charge(env, "REPLACE", sb.length());
        String lang = text.asNode().getLiteralLanguage();
        return lang.isEmpty() ? NodeValue.makeString(sb.toString()) : NodeValue.makeLangString(sb.toString(), lang);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ARQInternalErrorException("REPLACE is evaluated with its environment");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new Re2Replace(newArgs);
    }
}
