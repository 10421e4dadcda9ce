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
 */
public interface Progress extends AutoCloseable {
    void page(long quads);

    @Override void close();

    Progress NONE = new Progress() {
        @Override public void page(long quads) {}
        @Override public void close() {}
    };

    /** A bar on a terminal, log lines elsewhere. {@code total} is -1 when the number of pages is unknown. */
    static Progress auto(long total) {
        return System.console() != null ? new Bar(total) : new Lines();
    }

    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(long total) {
            bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(total).setUnit(" pages", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(500).build();
        }

        @Override public void page(long quads) { bar.step(); }

        @Override public void close() { bar.close(); }
    }

    final class Lines implements Progress {
        private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
        private final long start = System.nanoTime();
        private long last = start, pages, quads;

        @Override public synchronized void page(long q) {
            pages++;
            quads += q;
            long now = System.nanoTime();
            if (now - last > Duration.ofSeconds(10).toNanos()) {
                last = now;
                double s = (now - start) / 1e9;
                LOG.info(String.format("progress: %,d pages, %,d quads, %.1f pages/s", pages, quads, pages / s));
            }
        }

        @Override public void close() {}
    }
}
