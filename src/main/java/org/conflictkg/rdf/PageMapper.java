package org.conflictkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.conflictkg.source.SourcePage;

/** The page itself as a PROV entity: title, ids, revision, URL, licence. */
final class PageMapper {
    private PageMapper() {}

    static void map(SourcePage p, PageIris iris, Emitter out) {
        Node n = iris.page();
        out.add(n, Std.type, Ckg.SourcePage);
        out.add(n, Std.type, Std.provEntity);
        out.string(n, Std.dctTitle, p.title());
        if (p.pageId() != null) out.typed(n, Ckg.pageId, p.pageId().toString(), XSDDatatype.XSDlong);
        if (p.revisionId() != null) out.typed(n, Ckg.revisionId, p.revisionId().toString(), XSDDatatype.XSDlong);
        out.typed(n, Ckg.revisionTimestamp, p.timestamp(), XSDDatatype.XSDdateTime);
        String url = p.sourceUrl() != null ? p.sourceUrl() : SourcePage.wikipediaUrl(p.title());
        if (p.revisionId() != null) url = url + "?oldid=" + p.revisionId();
        out.url(n, Ckg.sourceUrl, url);
        if (p.license() != null) out.add(n, Std.dctLicense, NodeFactory.createURI(p.license()));
    }
}
