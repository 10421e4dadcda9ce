package org.conflictkg.source;

/** Input that cannot be read at all: missing, empty, binary, or not the format it claims. */
public class InputException extends RuntimeException {
    public InputException(String message) { super(message); }
    public InputException(String message, Throwable cause) { super(message, cause); }

    /** Why reading failed, in words: an early end of data says the input is incomplete, never "(null)". */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = next(t))
            if (t instanceof java.io.EOFException) return "the input is incomplete: it ends early (truncated or corrupt data)";
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) return t.getCause();
        return t instanceof javax.xml.stream.XMLStreamException x ? x.getNestedException() : null;
    }
}
