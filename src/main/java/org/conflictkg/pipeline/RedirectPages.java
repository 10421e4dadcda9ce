package org.conflictkg.pipeline;

import org.conflictkg.source.PageSource;
import org.conflictkg.wiki.RedirectPage;

/** Leaves out redirect pages, counting them: they hold no facts; the prescan read where they point. */
final class RedirectPages {
    private RedirectPages() {}

    static PageSource skip(PageSource source, Runnable counted) {
        return PageSource.filter(source, p -> {
            if (RedirectPage.target(p.text()).isEmpty()) return true;
            counted.run();
            return false;
        });
    }
}
