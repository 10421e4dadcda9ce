package org.conflictkg.wiki;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private static final long serialVersionUID = 1L;
    public static final Redirects NONE = new Redirects(Map.of(), Set.of());

    /** Alias page title to canonical page title (no fragment on either side). */
    private final Map<String, String> canonical;
    /** Aliases read from redirect pages of the inputs (the others come from a table): the data records these whole. */
    private final Set<String> fromPages;

    private Redirects(Map<String, String> canonical, Set<String> fromPages) {
        this.canonical = canonical;
        this.fromPages = fromPages;
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
    public boolean fromPage(String alias) { return fromPages.contains(alias); }

    /** Collects redirects, then resolves them once. */
    public static final class Builder {
        private final Map<String, String> direct = new LinkedHashMap<>();
        private final Map<String, String> origins = new HashMap<>();
        private final java.util.Set<String> pages = new java.util.HashSet<>();

        /** One redirect; a later one for the same alias replaces an earlier one. */
        public Builder add(String from, String to, String origin) {
            String a = Titles.normalise(Titles.page(from));
            String b = Titles.normalise(to);
            if (a.isEmpty() || b.isEmpty()) return this;
            direct.put(a, b);
            origins.put(a, origin);
            return this;
        }

        /** A redirect read from a redirect page of the inputs. */
        public Builder addPage(String from, String to, String origin) {
            add(from, to, origin);
            pages.add(Titles.normalise(Titles.page(from)));
            return this;
        }

        public Builder addAll(Redirects r) {
            r.canonical.forEach((a, c) -> add(a, c, "store"));
            pages.addAll(r.fromPages);
            return this;
        }

        public Redirects build(Consumer<Diagnostic> diagnostics) {
            Map<String, String> out = new HashMap<>();
            for (Map.Entry<String, String> e : direct.entrySet()) {
                String alias = e.getKey();
                String target = e.getValue();
                if (target.contains("#")) continue;   // a section of a page: no alias of the page
                if (target.equals(alias)) continue;
                String end = follow(alias, diagnostics);
                if (end != null && !end.equals(alias)) out.put(alias, end);
            }
            java.util.Set<String> fromPages = new java.util.HashSet<>(pages);
            fromPages.retainAll(out.keySet());
            return new Redirects(Map.copyOf(out), Set.copyOf(fromPages));
        }

        /** The end of the chain from {@code alias}, or null for a cycle or a chain that ends at a section. */
        private String follow(String alias, Consumer<Diagnostic> diagnostics) {
            java.util.List<String> chain = new java.util.ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            String t = alias;
            while (direct.containsKey(t)) {
                if (!seen.add(t)) {
                    diagnostics.accept(Diagnostic.warning(alias, null, 0, "redirect cycle " + String.join(" → ", chain) + " → " + t
                            + " (" + origins.get(alias) + "); left unresolved"));
                    return null;
                }
                chain.add(t);
                t = direct.get(t);
                if (t.contains("#")) return null;
            }
            if (chain.size() >= 2)
                diagnostics.accept(Diagnostic.warning(alias, null, 0, "double redirect " + String.join(" → ", chain) + " → " + t
                        + " (" + origins.get(alias) + "); followed to its end"));
            return t;
        }
    }
}
