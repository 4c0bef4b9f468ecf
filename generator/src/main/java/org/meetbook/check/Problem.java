package org.meetbook.check;

import org.meetbook.content.Pos;

/** One finding about the content, at a file position, with a hint how to fix it. */
public record Problem(Severity severity, Pos pos, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(Pos pos, String message, String hint) {
        return new Problem(Severity.ERROR, pos, message, hint);
    }

    public static Problem warning(Pos pos, String message, String hint) {
        return new Problem(Severity.WARNING, pos, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message} and, on the next line, the hint. */
    public String format() {
        String head = pos + ": " + (isError() ? "error" : "warning") + ": " + message;
        return hint == null ? head : head + "\n    hint: " + hint;
    }
}
