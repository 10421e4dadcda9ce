package org.conflictkg.pipeline;

import java.time.Duration;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long run: a progress bar with pages/s and ETA on a terminal (a well-kept library,
 * me.tongfei:progressbar), plain log lines every ten seconds otherwise, nothing when switched off.
 * A run over a large dump has two stages that take long, each shown under its own name: the pass
 * that reads every page for what others need and what is worth parsing ("scan"), then the pages
 * parsed ("extract").
 */
public interface Progress extends AutoCloseable {
    void page(long quads);

    /** What to show beside the count, such as how many pages a pass has kept so far. */
    default void note(String text) {}

    @Override void close();

    Progress NONE = new Progress() {
        @Override public void page(long quads) {}
        @Override public void close() {}
    };

    /**
     * A bar on a terminal, log lines elsewhere, for a stage of the given name. {@code total} is -1 when
     * the number of pages is unknown.
     */
    static Progress auto(String task, long total) {
        return System.console() != null ? new Bar(task, total) : new Lines(task);
    }

    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(String task, long total) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" pages", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(500).build();
        }

        @Override public void page(long quads) { bar.step(); }

        @Override public void note(String text) { bar.setExtraMessage(" " + text); }

        @Override public void close() { bar.close(); }
    }

    final class Lines implements Progress {
        private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
        private final String task;
        private final long start = System.nanoTime();
        private long last = start, pages, quads;
        private String note;

        Lines(String task) { this.task = task; }

        @Override public synchronized void page(long q) {
            pages++;
            quads += q;
            long now = System.nanoTime();
            if (now - last > Duration.ofSeconds(10).toNanos()) {
                last = now;
                LOG.info(line(now));
            }
        }

        @Override public synchronized void note(String text) { note = text; }

        /** "extract progress: 1,204 pages, 98,311 quads, 31.2 pages/s", "scan progress: 412,000 pages, 3,112 selected, ...". */
        synchronized String line(long now) {
            return String.format("%s progress: %,d pages%s%s, %.1f pages/s", task, pages, quads > 0 ? String.format(", %,d quads", quads) : "",
                    note == null ? "" : ", " + note, pages / ((now - start) / 1e9));
        }

        @Override public void close() {}
    }
}
