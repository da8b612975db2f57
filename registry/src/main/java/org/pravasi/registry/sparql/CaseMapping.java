package org.pravasi.registry.sparql;

import java.util.Locale;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code UCASE} and {@code LCASE} in linear time. {@link String#toUpperCase()} regrows its result array for
 * every character that maps to several (ΐ, ß, ŉ …), so a string of 10,000 of them took a second and 64 Ki of them far
 * longer than the timeout; here the text is mapped in short pieces, cut at white space where there is some (the only
 * context that case mapping looks at, for the Greek final sigma, ends there).
 */
final class CaseMapping extends ExprFunction1 {
    /** Longest piece mapped at once. */
    private static final int PIECE = 256;

    private final boolean upper;

    CaseMapping(Expr expr, boolean upper) {
        super(expr, upper ? "ucase" : "lcase");
        this.upper = upper;
    }

    @Override
    public NodeValue eval(NodeValue v, FunctionEnv env) {
        if (!v.isString() && !v.isLangString()) {
            throw new ExprEvalException((upper ? "UCASE" : "LCASE") + ": not a string: " + v);
        }
        String s = v.asNode().getLiteralLexicalForm();
        String mapped = map(s, upper);
        StringBudget.charge(env, upper ? "UCASE" : "LCASE", mapped.length());
        String lang = v.asNode().getLiteralLanguage();
        return lang.isEmpty() ? NodeValue.makeString(mapped) : NodeValue.makeLangString(mapped, lang);
    }

    @Override
    public NodeValue eval(NodeValue v) {
        return eval(v, null);
    }

    /**
     * {@code s} upper- or lower-cased as {@link String#toUpperCase()} / {@link String#toLowerCase()} would, in linear
     * time.
     */
    static String map(String s, boolean upper) {
        if (s.length() <= PIECE) {
            return upper ? s.toUpperCase(Locale.getDefault()) : s.toLowerCase(Locale.getDefault());
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int start = 0;
        while (start < s.length()) {
            int end = Math.min(s.length(), start + PIECE);
            if (end < s.length()) {
                int space = end;
                while (space > start + PIECE / 2 && !Character.isWhitespace(s.charAt(space))) {
                    space--;
                }
                end = Character.isWhitespace(s.charAt(space)) ? space : end;
                if (Character.isLowSurrogate(s.charAt(end))) {
                    end--;
                }
            }
            String piece = s.substring(start, end);
            sb.append(upper ? piece.toUpperCase(Locale.getDefault()) : piece.toLowerCase(Locale.getDefault()));
            start = end;
        }
        return sb.toString();
    }

    @Override
    public Expr copy(Expr expr) {
        return new CaseMapping(expr, upper);
    }
}
