package org.conflictkg.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.system.StreamRDF;
import org.conflictkg.pipeline.PartialRun;
import org.conflictkg.rdf.Iris;
import org.conflictkg.source.Inputs;
import org.conflictkg.source.MediaWikiXmlSource;
import org.conflictkg.source.PageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one Spark task does with its split: the project's own page processing and mapping, the page
 * graphs written as {@code part-NNNNN.nq.gz} (to a temporary name, renamed when complete, so a
 * retried task never leaves half a part), and what the run's metadata graph needs, returned.
 */
final class SplitTask {
    private static final Logger LOG = LoggerFactory.getLogger(SplitTask.class);

    private SplitTask() {}

    /** The redirects and infobox template pages of the split: the job's first stage. */
    static org.conflictkg.pipeline.Prescan.Found scan(Split split, String ontologyDir) throws IOException {
        Configuration conf = new Configuration();
        FileSystem fs = new Path(split.path()).getFileSystem(conf);
        try (PageSource pages = open(split, fs, p -> true)) {
            return org.conflictkg.pipeline.Prescan.scan(pages,
                    org.conflictkg.mapping.MappingRules.load(ontologyDir == null ? null : java.nio.file.Path.of(ontologyDir)));
        }
    }

    static PartialRun run(Split split, String out, String base, String ontologyDir, org.conflictkg.wiki.SiteIndex site,
                          org.conflictkg.pipeline.PageSelection.Mode select) throws IOException {
        Configuration conf = new Configuration();
        Path part = new Path(out, String.format("part-%05d.nq.gz", split.index()));
        FileSystem fs = part.getFileSystem(conf);
        Path tmp = new Path(out, String.format("_temporary-part-%05d-%d.nq.gz", split.index(), System.nanoTime()));
        PartialRun result;
        try (OutputStream raw = fs.create(tmp, true); OutputStream gz = new GZIPOutputStream(raw, 1 << 16);
             PageSource pages = open(split, fs, p -> p.namespace() == 0)) {
            StreamRDF sink = org.conflictkg.rdf.LineWriter.onto(gz);
            result = PartialRun.run(pages, sink, new Iris(base), ontologyDir == null ? null : java.nio.file.Path.of(ontologyDir),
                    org.conflictkg.pipeline.Pipeline.DEFAULT_MAX_PAGE_MB * 1_000_000L, site, d -> LOG.warn("{}", d), select,
                    List.of(java.nio.file.Path.of(new Path(split.path()).getName())));
        } catch (IOException | RuntimeException | Error e) {
            fs.delete(tmp, false); // a failed task leaves no temporary part behind; Spark retries it whole
            throw e;
        }
        fs.delete(part, false);
        if (!fs.rename(tmp, part)) throw new IOException("could not rename " + tmp + " to " + part);
        return result;
    }

    private static PageSource open(Split split, FileSystem fs, java.util.function.Predicate<org.conflictkg.source.SourcePage> keep)
            throws IOException {
        if (split.whole()) return Inputs.open(List.of(local(split, fs)), null, keep, d -> LOG.warn("{}", d));
        return new MediaWikiXmlSource(streams(split, fs), split.path() + "@" + split.start(), keep, d -> LOG.warn("{}", d));
    }

    /** A whole-file split as a local file: itself on a local file system, else a temporary copy (HDFS, S3). */
    private static java.nio.file.Path local(Split split, FileSystem fs) throws IOException {
        Path p = new Path(split.path());
        if ("file".equals(p.toUri().getScheme())) return java.nio.file.Path.of(p.toUri());
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("conflict-kg-split");
        java.nio.file.Path copy = dir.resolve(p.getName());
        fs.copyToLocalFile(false, p, new Path(copy.toUri()), true);
        copy.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return copy;
    }

    /**
     * The pages of the split's bz2 streams as one XML document: the streams hold {@code <page>}
     * elements only (the dump's header and footer are streams of their own), so they get a root.
     */
    private static InputStream streams(Split split, FileSystem fs) throws IOException {
        byte[] compressed = new byte[Math.toIntExact(split.end() - split.start())];
        try (FSDataInputStream in = fs.open(new Path(split.path()))) {
            in.readFully(split.start(), compressed);
        }
        String xml;
        try (InputStream bz = new BZip2CompressorInputStream(new ByteArrayInputStream(compressed), true)) {
            xml = new String(bz.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The last split runs to the end of the file, footer stream included; page text cannot hold the
        // literal end tag (XML escapes it), so removing it is safe.
        xml = xml.replace("</mediawiki>", "");
        return new ByteArrayInputStream(("<mediawiki>" + xml + "</mediawiki>").getBytes(StandardCharsets.UTF_8));
    }
}
