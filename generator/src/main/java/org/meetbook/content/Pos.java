package org.meetbook.content;

import java.nio.file.Path;

/** Where a value was written: file, 1-based line and column. */
public record Pos(Path file, int line, int column) {

    public static Pos startOf(Path file) {
        return new Pos(file, 1, 1);
    }

    /** Same place, shifted down by {@code lines} (for YAML front matter inside a Markdown file). */
    public Pos shifted(int lines) {
        return new Pos(file, line + lines, column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
