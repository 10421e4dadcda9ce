package org.conflictkg.query.regex;

import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/** {@code fn:matches} and {@code fn:replace} called by IRI, evaluated like the cancellable keywords. */
final class FnRegexFunction implements Function {
    private final boolean replace;
    private Expr expr;

    FnRegexFunction(boolean replace) { this.replace = replace; }

    @Override
    public void build(String uri, ExprList args, Context context) {
        int min = replace ? 3 : 2;
        if (args.size() < min || args.size() > min + 1)
            throw new QueryBuildException((replace ? "fn:replace" : "fn:matches") + ": wrong number of arguments: " + args.size());
        expr = replace ? CancellableReplace.of(args.getList()) : CancellableRegex.of(args.getList());
    }

    @Override
    public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
        return expr.eval(binding, env);
    }
}
