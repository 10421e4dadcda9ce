package org.conflictkg.query.regex;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sys.JenaSystem;

/**
 * Makes every regular expression in a query stop when the query times out. Jena's timeout cancels
 * the query's iterators, but a regex match in progress never looks: one catastrophic pattern kept a
 * CPU busy for 40 s past a 5 s timeout. Installed once per JVM by {@code serve} and {@code query}:
 * it wraps ARQ's optimizer so that {@code regex} and {@code replace} run as their cancellable forms,
 * re-registers {@code fn:matches} and {@code fn:replace} likewise, and removes {@code apf:strSplit},
 * a property function that splits by a regex no timeout can stop.
 */
public final class RegexBounds {
    private static boolean installed;

    private RegexBounds() {}

    public static synchronized void install() {
        if (installed) return;
        JenaSystem.init();
        // Folding would evaluate a regex over literals while optimising, outside the query's cancel signal.
        ARQ.getContext().set(ARQ.optExprConstantFolding, false);
        RewriteFactory standard = Optimize.getFactory();
        Optimize.setFactory(context -> {
            // Every query is planned here, on the thread that runs it: the memory guard learns of it.
            org.conflictkg.query.MemoryGuard.register(org.apache.jena.sparql.util.Context.getCancelSignal(context));
            Rewrite rewrite = standard.create(context);
            return op -> rewrite.rewrite(cancellable(op));
        });
        FunctionRegistry.get().put(ARQConstants.fnPrefix + "matches", (uri) -> new FnRegexFunction(false));
        FunctionRegistry.get().put(ARQConstants.fnPrefix + "replace", (uri) -> new FnRegexFunction(true));
        PropertyFunctionRegistry.get().remove(ARQConstants.ARQPropertyFunctionLibraryURI + "strSplit");
        installed = true;
    }

    /** The operator with each regex() and replace() in its expressions swapped for the cancellable form. */
    static Op cancellable(Op op) {
        return Transformer.transform(new TransformCopy(), new Swap(), op);
    }

    private static final class Swap extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof CancellableRegex)) return CancellableRegex.of(args.getList());
            if (func instanceof E_StrReplace && !(func instanceof CancellableReplace)) return CancellableReplace.of(args.getList());
            return super.transform(func, args);
        }
    }
}
