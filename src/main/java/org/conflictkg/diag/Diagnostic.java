package org.conflictkg.diag;

/**
 * A problem found in the input, with where it is: page, section path and line.
 * A warning means something was skipped or guessed; an error means a page could not be read.
 */
public record Diagnostic(Severity severity, String page, String section, int line, String message) {

    public enum Severity { WARNING, ERROR }

    public static Diagnostic warning(String page, String section, int line, String message) {
        return new Diagnostic(Severity.WARNING, page, section, line, message);
    }

    public static Diagnostic error(String page, String section, int line, String message) {
        return new Diagnostic(Severity.ERROR, page, section, line, message);
    }

    /** The location as a reader wants it: {@code page 'T', section 'A > B', line 12}. */
    public String location() {
        StringBuilder sb = new StringBuilder();
        sb.append("page '").append(page == null ? "?" : page).append('\'');
        if (section != null && !section.isEmpty()) sb.append(", section '").append(section).append('\'');
        if (line > 0) sb.append(", line ").append(line);
        return sb.toString();
    }

    @Override
    public String toString() {
        return (severity == Severity.ERROR ? "error: " : "warning: ") + location() + ": " + message;
    }
}
