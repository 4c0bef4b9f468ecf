package org.meetbook.publish;

/**
 * A renderer found that the content asks for something it cannot make (say, a schedule fitted
 * to 12 pages that needs 20). It is the user's to fix, so the build reports it like any content
 * problem: exit 1, the previous site left as it was.
 */
public class ContentMismatch extends RuntimeException {

    private final String file;

    /** {@code file} is the content file to fix, relative to the content folder (e.g. "site.yaml"). */
    public ContentMismatch(String file, String message) {
        super(message);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
