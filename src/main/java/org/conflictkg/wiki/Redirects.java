package org.conflictkg.wiki;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;

/**
 * Which titles redirect to which, resolved to the end of each chain: one entity, one title. Built
 * from the redirect pages of the inputs and from a redirect table ({@code --redirects FILE}).
 * A redirect to a section ({@code [[War#Battle of X]]}) names a part of a page, not the page: it is
 * no alias and its title stays as it is. A chain of redirects (a double redirect) is followed to its
 * end and a cycle is left unresolved, each with a warning.
 *
 * <pre>{@code
 * Redirects r = Redirects.builder().add("Battle of Mosul (2016–17)", "Battle of Mosul (2016–2017)", "dump.xml").build(diagnostics);
 * r.canonical("Battle of Mosul (2016–17)");   // "Battle of Mosul (2016–2017)"
 * }</pre>
 */
public final class Redirects implements java.io.Serializable {
    private static final long serialVersionUID = 2L;
    public static final Redirects NONE = new Redirects(Map.of(), Set.of());

    /** Alias page title to canonical page title (no fragment on either side). */
    private final Map<String, String> canonical;
    /** Aliases not read from a redirect page of the inputs (a table's): the data records the others whole. */
    private final Set<String> notFromPages;

    private Redirects(Map<String, String> canonical, Set<String> notFromPages) {
        this.canonical = canonical;
        this.notFromPages = notFromPages;
    }

    public static Builder builder() { return new Builder(); }

    public boolean isEmpty() { return canonical.isEmpty(); }

    public int size() { return canonical.size(); }

    /** The title at the end of the redirect chain, its {@code #fragment} kept; the title itself when it is no alias. */
    public String canonical(String title) {
        if (canonical.isEmpty()) return title;
        String page = Titles.page(title);
        String to = canonical.get(page);
        if (to == null) {
            String n = Titles.normalise(page);
            to = n.equals(page) ? null : canonical.get(n);
        }
        return to == null ? title : to + Titles.fragment(title);
    }

    /** True when this page title is an alias of another. */
    public boolean isAlias(String title) { return canonical.containsKey(Titles.normalise(Titles.page(title))); }

    /** Every alias and its canonical title. */
    public Map<String, String> all() { return Collections.unmodifiableMap(canonical); }

    /** True when the alias was read from a redirect page of the inputs. */
    public boolean fromPage(String alias) { return canonical.containsKey(alias) && !notFromPages.contains(alias); }

    /**
     * Collects redirects, then resolves them once, in place. English Wikipedia has some ten million
     * redirect pages, so an alias costs one map entry here, and its resolved form the same entry:
     * where an alias came from is kept only for the few that do not come from a redirect page.
     */
    public static final class Builder implements java.io.Serializable {
        private static final long serialVersionUID = 2L;
        /** Normalised alias to normalised target; a later redirect for an alias replaces an earlier one. */
        private final HashMap<String, String> direct = new HashMap<>();
        /** The aliases that come from a table (or the store's, from one), with the table. */
        private final HashMap<String, String> notFromPage = new HashMap<>();
        private boolean built;

        /** One redirect from a table (or another source that is no redirect page); {@code origin} names it in warnings. */
        public Builder add(String from, String to, String origin) {
            String a = put(from, to);
            if (a != null) notFromPage.put(a, origin);
            return this;
        }

        /** A redirect read from a redirect page of the inputs. */
        public Builder addPage(String from, String to) {
            String a = put(from, to);
            if (a != null) notFromPage.remove(a);
            return this;
        }

        private String put(String from, String to) {
            open();
            String a = Titles.normalise(Titles.page(from));
            String b = Titles.normalise(to);
            if (a.isEmpty() || b.isEmpty()) return null;
            direct.put(a, b);
            return a;
        }

        public Builder addAll(Redirects r) {
            for (Map.Entry<String, String> e : r.canonical.entrySet()) {
                if (r.fromPage(e.getKey())) addPage(e.getKey(), e.getValue());
                else add(e.getKey(), e.getValue(), "store");
            }
            return this;
        }

        /**
         * Adds what {@code earlier} holds for the aliases this builder has none for, as if {@code earlier}'s
         * redirects had come first: the large set of a dump's redirect pages is then never copied.
         */
        public Builder over(Builder earlier) {
            open();
            earlier.direct.forEach((a, t) -> {
                if (direct.putIfAbsent(a, t) == null && earlier.notFromPage.containsKey(a)) notFromPage.put(a, earlier.notFromPage.get(a));
            });
            return this;
        }

        /** The redirects of both, {@code later}'s replacing this one's for the same alias (the parts of a Spark job). */
        public Builder merge(Builder later) {
            later.over(this);
            return later;
        }

        /** The resolved redirects; the builder is used up (the result shares its map). */
        public Redirects build(Consumer<Diagnostic> diagnostics) {
            open();
            built = true;
            java.util.List<String> unresolved = new java.util.ArrayList<>();
            Map<String, String> chains = new HashMap<>(); // double redirects, few: their end differs from their target
            for (Map.Entry<String, String> e : direct.entrySet()) {
                String alias = e.getKey(), target = e.getValue();
                // A section of a page is no alias of the page; a page redirecting to itself is none either.
                if (target.contains("#") || target.equals(alias)) { unresolved.add(alias); continue; }
                if (!direct.containsKey(target)) continue; // one step, as nearly every redirect is
                String end = follow(alias, diagnostics);
                if (end == null || end.equals(alias)) unresolved.add(alias);
                else chains.put(alias, end);
            }
            direct.putAll(chains);
            unresolved.forEach(direct::remove);
            Set<String> tables = new java.util.HashSet<>(notFromPage.keySet());
            tables.retainAll(direct.keySet());
            return new Redirects(direct, tables);
        }

        /** A built builder shares its map with the result: nothing may change it after. */
        private void open() {
            if (built) throw new IllegalStateException("redirects already built");
        }

        /** The end of the chain from {@code alias}, or null for a cycle or a chain that ends at a section. */
        private String follow(String alias, Consumer<Diagnostic> diagnostics) {
            java.util.List<String> chain = new java.util.ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            String t = alias;
            while (direct.containsKey(t)) {
                if (!seen.add(t)) {
                    diagnostics.accept(Diagnostic.warning(alias, null, 0, "redirect cycle " + String.join(" → ", chain) + " → " + t
                            + origin(alias) + "; left unresolved"));
                    return null;
                }
                chain.add(t);
                t = direct.get(t);
                if (t.contains("#")) return null;
            }
            if (chain.size() >= 2)
                diagnostics.accept(Diagnostic.warning(alias, null, 0, "double redirect " + String.join(" → ", chain) + " → " + t
                        + origin(alias) + "; followed to its end"));
            return t;
        }

        private String origin(String alias) {
            String o = notFromPage.get(alias);
            return o == null ? "" : " (" + o + ")";
        }
    }
}
