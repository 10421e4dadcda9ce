package org.conflictkg.query.regex;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code replace()} that stops when its query is cancelled. It first walks the matches over a
 * {@link CancellableText} (where a runaway pattern spends its time, and stops), then lets Jena build
 * the result, so answers are exactly Jena's.
 */
final class CancellableReplace extends E_StrReplace {

    private CancellableReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
    }

    /** replace(text, pattern, replacement [, flags]) from its arguments. */
    static CancellableReplace of(List<Expr> args) {
        return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLangString())
            throw new ExprEvalException("REPLACE: not a string: " + text);
        Pattern p = CancellableRegex.compile(args.get(1), args.size() > 3 ? args.get(3) : null);
        Matcher walk = p.matcher(new CancellableText(text.getString(), CancellableRegex.cancelSignal(env)));
        while (walk.find()) { /* only to let a runaway pattern meet the cancel check */ }
        return XSDFuncOp.strReplace(text, p, args.get(2));
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return of(newArgs.getList());
    }
}
