package org.conflictkg.doc;

/**
 * A {@code [[Category:Name|sort key]]} of the page.
 *
 * @param name    the category's name without the namespace ("Battles involving France")
 * @param sortKey the sort key, or "" when none is given
 */
public record Category(String name, String sortKey, int line) {
}
