package org.conflictkg.cli;

import org.conflictkg.pipeline.PageSelection;
import picocli.CommandLine.Option;

/** The shared options of the commands that read inputs, and which of their pages are parsed. */
public class PipelineOptions extends CommonOptions {
    @Option(names = "--select", defaultValue = "auto", paramLabel = "auto|mapped|all",
            description = "Which pages are parsed: 'mapped' only those whose text calls an infobox or names a category that "
                    + "mapping.ttl maps (read in one pass), 'all' every page, 'auto' mapped for dumps and all for bare files "
                    + "(default: ${DEFAULT-VALUE}). With --titles, the titles decide.")
    PageSelection.Mode select;

    @Override
    PageSelection.Mode selectionMode() { return select; }
}
