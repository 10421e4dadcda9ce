package org.conflictkg.query;

/** A parameter value that does not fit its declared type, or a required one that is missing. */
public class BadParameterException extends RuntimeException {
    public BadParameterException(String param, String message) {
        super("parameter '" + param + "': " + message);
    }
}
