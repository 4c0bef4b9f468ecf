package org.meetbook.theme;

import java.io.Writer;

/**
 * A Writer that collects text, like StringWriter but without its StringBuffer, which takes a
 * lock on each of the thousands of small writes a page or a calendar is made of. For text
 * written by one thread.
 */
public final class TextWriter extends Writer {
    private final StringBuilder text;

    public TextWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
        // nothing to flush
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
