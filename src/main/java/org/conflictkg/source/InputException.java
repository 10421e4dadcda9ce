package org.conflictkg.source;

/** Input that cannot be read at all: missing, empty, binary, or not the format it claims. */
public class InputException extends RuntimeException {
    public InputException(String message) { super(message); }
    public InputException(String message, Throwable cause) { super(message, cause); }
}
