package org.pravasi.registry.sparql;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL (XPath) regular expressions compiled with RE2/J, whose matching time grows linearly with the input; input is
 * read through a view that stops when the query is cancelled (timeout).
 */
final class Re2 {
    private Re2() {}

    /**
     * The pattern with XPath flags {@code i s m x q}; an unsupported pattern or flag is an {@link ExprEvalException}.
     */
    static Pattern compile(String function, String regex, String flags) {
        int f = 0;
        String re = regex;
        for (char c : flags.toCharArray()) {
            switch (c) {
                case 'i' -> f |= Pattern.CASE_INSENSITIVE;
                case 's' -> f |= Pattern.DOTALL;
                case 'm' -> f |= Pattern.MULTILINE;
                case 'x' -> re = stripWhitespace(re);
                case 'q' -> re = Pattern.quote(regex);
                default -> throw new ExprEvalException(function + ": unknown flag '" + c + "' (use i, s, m, x or q)");
            }
        }
        try {
            return Pattern.compile(re, f);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException(
                    function + ": the pattern \"" + regex + "\" is not supported here (" + e.getDescription()
                            + "); this endpoint matches in linear time, without backreferences or lookaround");
        }
    }

    /**
     * Checks a constant pattern while the query is prepared, so that a bad one is a clear refusal, not a silent
     * no-match.
     */
    static Pattern compileConstant(String function, NodeValue regex, NodeValue flags) {
        try {
            return compile(function, string(function, regex), flags == null ? "" : string(function, flags));
        } catch (ExprEvalException e) {
            throw new QueryRefusedException(e.getMessage() + ".");
        }
    }

    /** The lexical form of a string literal argument. */
    static String string(String function, NodeValue v) {
        if (!v.isString() && !v.isLangString()) {
            throw new ExprEvalException(function + ": not a string: " + v);
        }
        return v.asNode().getLiteralLexicalForm();
    }

    /** {@code s} as input to a matcher that checks every few thousand characters whether the query was cancelled. */
    static CharSequence input(String s, FunctionEnv env) {
        AtomicBoolean cancel = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
        return cancel == null ? s : new Cancellable(s, cancel);
    }

    private static String stripWhitespace(String re) {
        StringBuilder sb = new StringBuilder(re.length());
        int inClass = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < re.length()) {
                sb.append(c).append(re.charAt(++i));
                continue;
            }
            inClass += c == '[' ? 1 : c == ']' && inClass > 0 ? -1 : 0;
            if (inClass > 0 || !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A string that throws {@link QueryCancelledException} from {@code charAt} once the query is cancelled. */
    private record Cancellable(String s, AtomicBoolean cancel) implements CharSequence {
        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            if ((index & 0xFFF) == 0 && cancel.get()) {
                throw new QueryCancelledException();
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Cancellable(s.substring(start, end), cancel);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
