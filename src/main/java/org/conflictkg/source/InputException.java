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

    /**
     * What to say when the heap ran out while {@code doing} something: how large it was and how to give
     * more. A dump's redirects are held for the whole run, so a dump with millions of them needs gigabytes.
     */
    public static String outOfMemory(String doing) {
        return String.format(java.util.Locale.ROOT, "out of memory while %s (the heap holds at most %,d MB): give Java more, "
                + "e.g. CONFLICT_KG_HEAP=4g with target/bin/conflict-kg, or java -Xmx4g -jar ...; a dump's redirects "
                + "are held for the whole run, about 200 bytes each", doing, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) return t.getCause();
        return t instanceof javax.xml.stream.XMLStreamException x ? x.getNestedException() : null;
    }
}
