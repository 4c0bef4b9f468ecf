package org.meetbook.imports;

/**
 * The input cannot be read at all (not JSON, a broken CSV quote, a file that is not UTF-8). The
 * message names the file and, where known, the line or row.
 */
public final class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }
}
