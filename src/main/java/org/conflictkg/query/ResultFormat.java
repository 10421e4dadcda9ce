package org.conflictkg.query;

import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The SPARQL result formats a saved query can be asked for, by short name or media type. */
public enum ResultFormat {
    CSV(ResultSetLang.RS_CSV, "text/csv"),
    TSV(ResultSetLang.RS_TSV, "text/tab-separated-values"),
    JSON(ResultSetLang.RS_JSON, "application/sparql-results+json"),
    XML(ResultSetLang.RS_XML, "application/sparql-results+xml");

    public final Lang lang;
    public final String mediaType;

    ResultFormat(Lang lang, String mediaType) {
        this.lang = lang;
        this.mediaType = mediaType;
    }

    public static ResultFormat of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("format", "'" + name + "' is not one of csv, tsv, json, xml");
        }
    }
}
