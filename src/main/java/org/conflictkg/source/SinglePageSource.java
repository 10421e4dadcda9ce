package org.conflictkg.source;

import java.util.NoSuchElementException;

/** A source of exactly one page that is already in memory. */
final class SinglePageSource implements PageSource {
    private SourcePage page;

    SinglePageSource(SourcePage page) { this.page = page; }

    @Override public boolean hasNext() { return page != null; }

    @Override public SourcePage next() {
        if (page == null) throw new NoSuchElementException();
        SourcePage p = page;
        page = null;
        return p;
    }

    @Override public void close() { page = null; }
}
