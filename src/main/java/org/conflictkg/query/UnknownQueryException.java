package org.conflictkg.query;

/** No saved query has that name. */
public class UnknownQueryException extends RuntimeException {
    public UnknownQueryException(String name, java.util.Collection<String> known) {
        super("no saved query named '" + name + "'; known: " + String.join(", ", known));
    }
}
