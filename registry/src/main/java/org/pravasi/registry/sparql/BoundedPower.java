package org.pravasi.registry.sparql;

import java.math.BigInteger;
import java.util.List;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.library.Math_exp10;
import org.apache.jena.sparql.function.library.Math_pow;

/**
 * {@code math:pow} and {@code math:exp10}, which on integers compute {@code BigInteger.pow} in one call that no timeout
 * stops ({@code math:pow(6, 700000000)} ran for minutes): the size of an integer result is known from its arguments, so
 * one over {@link QueryLimits#MAX_NUMBER_BITS} is refused before it is computed.
 */
final class BoundedPower extends ExprFunctionN {
    private final boolean exp10;

    /** {@code math:exp10(n)} when {@code exp10}, else {@code math:pow(base, exponent)}. */
    BoundedPower(ExprList args, boolean exp10) {
        super(exp10 ? "math:exp10" : "math:pow", args);
        this.exp10 = exp10;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        if (args.size() != (exp10 ? 1 : 2)) {
            throw new ExprEvalException(getFunctionSymbol().getSymbol() + ": wrong number of arguments");
        }
        NodeValue base = exp10 ? NodeValue.makeInteger(BigInteger.TEN) : args.get(0);
        NodeValue exponent = args.get(exp10 ? 0 : 1);
        if (base.isInteger() && exponent.isInteger()) {
            checkSize(base.getInteger(), exponent.getInteger());
        }
        return exp10 ? new Math_exp10().exec(exponent) : new Math_pow().exec(base, exponent);
    }

    private void checkSize(BigInteger base, BigInteger exponent) {
        BigInteger size = base.abs();
        if (exponent.signum() <= 0 || size.bitLength() <= 1) {
            return; // 1, 0, -1 or a fraction: small whatever the exponent
        }
        double log2 = size.bitLength() > 1_000 ? size.bitLength() - 1 : Math.log(size.doubleValue()) / Math.log(2);
        if (log2 * exponent.doubleValue() > QueryLimits.MAX_NUMBER_BITS) {
            throw QueryLimits.tooManyBits(
                    getFunctionSymbol().getSymbol(), "would make", ", e.g. math:pow(xsd:double(?base), ?exponent)");
        }
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedPower(newArgs, exp10);
    }

    /** Whether {@code function} is one of the two this class bounds. */
    static boolean bounds(E_Function function) {
        return function.getFunctionIRI().equals(SafeExprs.MATH + "pow")
                || function.getFunctionIRI().equals(SafeExprs.MATH + "exp10");
    }
}
