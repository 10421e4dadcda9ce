package org.conflictkg.wiki;

/**
 * What a run knows across its pages before it extracts any one of them: which titles redirect where,
 * and which template pages hold infoboxes that articles transclude.
 */
public record SiteIndex(Redirects redirects, InfoboxTemplates templates) implements java.io.Serializable {
    public static final SiteIndex NONE = new SiteIndex(Redirects.NONE, InfoboxTemplates.NONE);
}
