package org.pravasi.registry.sparql;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Multiply;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Swaps the expressions that can run long or build huge strings or numbers for bounded versions, and refuses extension
 * functions outside an allow-list of functions whose cost is known (others run Java regexes or build strings without
 * limits).
 */
final class SafeExprs extends ExprTransformCopy {
    /** The XPath math functions' namespace. */
    static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";

    /**
     * The math functions allowed, each bounded by its arguments: all compute on doubles in constant time but
     * {@code pow} and {@code exp10}, which on integers compute exactly and are wrapped ({@link BoundedPower}). A
     * function a Jena upgrade adds to the namespace is refused until its cost is stated here.
     */
    private static final Set<String> MATH_FUNCTIONS = Set.of(
            "pi", "exp", "exp10", "log", "log10", "pow", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2");

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        return switch (func) {
            case E_Regex r -> new Re2Regex(args);
            case E_StrReplace r -> new Re2Replace(args);
            case E_StrConcat c -> new BoundedConcat(args);
            case E_Call c ->
                throw new QueryRefusedException("CALL(…) is not available on this endpoint: it calls a function chosen "
                        + "while the query runs. Call the function directly, e.g. xsd:integer(?x).");
            case E_Function f
            when BoundedPower.bounds(f) ->
                new BoundedPower(args, f.getFunctionIRI().endsWith("#exp10"));
            case E_Function f
            when !allowed(f.getFunctionIRI()) ->
                throw new QueryRefusedException("The function <"
                        + f.getFunctionIRI()
                        + "> is not available on this endpoint. Use the SPARQL 1.1 built-in functions (REGEX, "
                        + "REPLACE, CONCAT, STRSTARTS, …), XSD casts such as xsd:integer(?x), or the math: functions "
                        + String.join(", ", new TreeSet<>(MATH_FUNCTIONS)) + ".");
            default -> super.transform(func, args);
        };
    }

    @Override
    public Expr transform(ExprFunction1 func, Expr arg) {
        Expr copy = super.transform(func, arg);
        return switch (func) {
            case E_StrUpperCase f -> new CaseMapping(((ExprFunction1) copy).getArg(), true);
            case E_StrLowerCase f -> new CaseMapping(((ExprFunction1) copy).getArg(), false);
            case E_StrEncodeForURI f -> new BoundedResult(copy, "ENCODE_FOR_URI");
            default -> copy;
        };
    }

    @Override
    public Expr transform(ExprFunction2 func, Expr arg1, Expr arg2) {
        Expr copy = super.transform(func, arg1, arg2);
        return func instanceof E_Multiply ? new BoundedResult(copy, "*") : copy;
    }

    @Override
    public Expr transform(ExprFunctionOp funcOp, ExprList args, Op opArg) {
        // EXISTS / NOT EXISTS carry a graph pattern of their own, which may hold expressions too
        return super.transform(funcOp, args, QueryLimits.harden(opArg));
    }

    private static boolean allowed(String iri) {
        return iri.startsWith(XSDDatatype.XSD + "#")
                || iri.startsWith(MATH) && MATH_FUNCTIONS.contains(iri.substring(MATH.length()));
    }
}
