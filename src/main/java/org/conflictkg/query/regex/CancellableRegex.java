package org.conflictkg.query.regex;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code regex()} with the same answers as Jena's, except that a match stops when the query is
 * cancelled (its timeout fires): Java's backtracking matcher never checks for interruption, so a
 * pattern like {@code (.*a){20}$} would otherwise run for minutes past any timeout.
 */
final class CancellableRegex extends E_Regex {
    private final Pattern constant;  // compiled once when pattern and flags are literals

    private CancellableRegex(Expr text, Expr pattern) {
        super(text, pattern);
        constant = constantPattern(pattern, null);
    }

    private CancellableRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
        constant = constantPattern(pattern, flags);
    }

    /** regex(text, pattern [, flags]) from its arguments. */
    static CancellableRegex of(List<Expr> args) {
        return args.size() > 2 ? new CancellableRegex(args.get(0), args.get(1), args.get(2))
                : new CancellableRegex(args.get(0), args.get(1));
    }

    private static Pattern constantPattern(Expr pattern, Expr flags) {
        if (!pattern.isConstant() || (flags != null && !flags.isConstant())) return null;
        try {
            return compile(pattern.getConstant(), flags == null ? null : flags.getConstant());
        } catch (ExprEvalException bad) {
            return null;  // reported per row at evaluation, as Jena does
        }
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLangString())
            throw new ExprEvalException("REGEX: not a string: " + text);
        Pattern p = constant != null ? constant : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
        CharSequence input = new CancellableText(text.getString(), cancelSignal(env));
        return NodeValue.booleanReturn(p.matcher(input).find());
    }

    static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) throw new ExprEvalException("REGEX: pattern is not a string: " + pattern);
        if (flags != null && !flags.isString()) throw new ExprEvalException("REGEX: flags are not a string: " + flags);
        return RegexEngine.makePattern("REGEX", pattern.getString(), flags == null ? null : flags.getString());
    }

    /** The query's cancel flag, set by ARQ when its timeout fires; a fresh flag where there is none. */
    static AtomicBoolean cancelSignal(FunctionEnv env) {
        if (env instanceof ExecutionContext ec && ec.getCancelSignal() != null) return ec.getCancelSignal();
        return new AtomicBoolean();
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return of(newArgs.getList());
    }
}
