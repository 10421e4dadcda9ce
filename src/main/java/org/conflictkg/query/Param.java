package org.conflictkg.query;

import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * A parameter of a saved query, declared the grlc way by a variable: {@code ?_name} (required) or
 * {@code ?__name} (optional), with a type suffix: {@code _iri}, {@code _integer}, {@code _decimal},
 * {@code _xsd_date}, {@code _en} (a language tag), none for a plain string.
 */
public record Param(String name, String variable, String type, String language, boolean required, String defaultValue,
                    String description) {

    public static Param fromVariable(String var) {
        boolean optional = var.startsWith("__");
        String rest = var.substring(optional ? 2 : 1);
        String type = "string", lang = null;
        String[] suffixes = {"_iri", "_integer", "_decimal", "_xsd_date", "_xsd_gyear", "_boolean"};
        for (String s : suffixes)
            if (rest.endsWith(s)) { type = s.substring(1); rest = rest.substring(0, rest.length() - s.length()); break; }
        if (type.equals("string") && rest.matches(".+_[a-z]{2}")) {
            lang = rest.substring(rest.length() - 2);
            rest = rest.substring(0, rest.length() - 3);
        }
        return new Param(rest, var, type, lang, !optional, null, "");
    }

    public Param withDefault(String v) { return new Param(name, variable, type, language, required, v, description); }

    public Param withDescription(String d) { return new Param(name, variable, type, language, required, defaultValue, d); }

    /** The value as an RDF term of this parameter's type; never spliced into query text. */
    public Node toNode(String value) {
        String v = value.strip();
        switch (type) {
            case "iri" -> {
                try {
                    IRIx iri = IRIx.create(v);
                    if (iri.isRelative()) throw new BadParameterException(name, "must be an absolute IRI, got '" + v + "'");
                    return NodeFactory.createURI(iri.str());
                } catch (IRIException e) {
                    throw new BadParameterException(name, "not a valid IRI: " + e.getMessage());
                }
            }
            case "integer" -> { return typed(v, XSDDatatype.XSDinteger); }
            case "decimal" -> { return typed(v, XSDDatatype.XSDdecimal); }
            case "xsd_date" -> { return typed(v, XSDDatatype.XSDdate); }
            case "xsd_gyear" -> { return typed(v, XSDDatatype.XSDgYear); }
            case "boolean" -> { return typed(v.toLowerCase(Locale.ROOT), XSDDatatype.XSDboolean); }
            default -> {
                return language == null ? NodeFactory.createLiteralString(v) : NodeFactory.createLiteralLang(v, language);
            }
        }
    }

    private Node typed(String v, XSDDatatype dt) {
        if (!dt.isValid(v)) throw new BadParameterException(name, "'" + v + "' is not a valid " + dt.getURI().replace(XSDDatatype.XSD + "#", "xsd:"));
        return NodeFactory.createLiteralDT(v, dt);
    }
}
