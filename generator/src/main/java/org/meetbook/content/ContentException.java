package org.meetbook.content;

/** A content file that cannot be read at all (syntax error, too large, unsafe construct). */
public final class ContentException extends Exception {
    private final Pos pos;
    private final String hint;

    public ContentException(Pos pos, String message, String hint) {
        super(message);
        this.pos = pos;
        this.hint = hint;
    }

    public Pos pos() {
        return pos;
    }

    public String hint() {
        return hint;
    }
}
