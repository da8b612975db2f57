package org.pravasi.registry.sparql;

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
 * Swaps the expressions that can run long or build huge strings for bounded versions, and refuses extension functions
 * outside an allow-list (their implementations run Java regexes or build strings without limits).
 */
final class SafeExprs extends ExprTransformCopy {
    /** Namespaces of the extension functions allowed: XSD casts and the XPath math functions. */
    private static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";

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
            when !allowed(f.getFunctionIRI()) ->
                throw new QueryRefusedException("The function <"
                        + f.getFunctionIRI()
                        + "> is not available on this endpoint. Use the SPARQL 1.1 built-in functions (REGEX, "
                        + "REPLACE, CONCAT, STRSTARTS, …), XSD casts such as xsd:integer(?x), or math: functions.");
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
        return iri.startsWith(XSDDatatype.XSD + "#") || iri.startsWith(MATH);
    }
}
