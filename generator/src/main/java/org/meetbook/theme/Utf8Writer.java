package org.meetbook.theme;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A Writer that collects what a template writes as UTF-8 bytes, for pages that go straight to a
 * file. Collecting text instead and encoding it at the end was a tenth of a large website's
 * time: one en dash in a page ("7:00–8:00 PM") turns the whole page into two-byte text, every
 * later write is copied a character at a time, and the final encoding walks it again. Here each
 * write is encoded on its own, and a chunk of plain ASCII (nearly every one) is copied as it is.
 * For text written by one thread.
 */
public final class Utf8Writer extends Writer {
    private byte[] bytes;
    private int count;
    /** A high surrogate that ended the last write, waiting for its low half. */
    private char pendingHigh;

    public Utf8Writer(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        char ch = (char) c;
        if (ch < 0x80 && pendingHigh == 0) {
            ensure(1);
            bytes[count++] = (byte) ch;
        } else {
            write(new char[] {ch}, 0, 1);
        }
    }

    @Override
    public void write(String s) {
        // a pair cut between two writes goes through the character path, which keeps the halves
        if (pendingHigh == 0 && (s.isEmpty() || !Character.isHighSurrogate(s.charAt(s.length() - 1)))) {
            append(s.getBytes(StandardCharsets.UTF_8));
        } else {
            write(s.toCharArray(), 0, s.length());
        }
    }

    @Override
    public void write(String s, int offset, int length) {
        write(s.substring(offset, offset + length));
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(3 * length + 4);
        byte[] b = bytes;
        int n = count;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    b[n++] = (byte) (0xF0 | (cp >> 18));
                    b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[n++] = (byte) (0x80 | (cp & 0x3F));
                    continue;
                }
                b[n++] = '?'; // an unpaired half, as String.getBytes writes it
            }
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                b[n++] = '?';
            } else {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        count = n;
    }

    @Override
    public Writer append(CharSequence s) {
        write(String.valueOf(s));
        return this;
    }

    /** Text already encoded as UTF-8 (a cached piece of a page), copied as it is. */
    public void writeUtf8(byte[] utf8) {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            bytes[count++] = '?';
        }
        append(utf8);
    }

    private void append(byte[] more) {
        ensure(more.length);
        System.arraycopy(more, 0, bytes, count, more.length);
        count += more.length;
    }

    private void ensure(int more) {
        if (count + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
        }
    }

    @Override
    public void flush() {
        // nothing to flush
    }

    /** Ends the text: a high surrogate still waiting becomes '?'. */
    @Override
    public void close() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            bytes[count++] = '?';
        }
    }

    /** What was written, as UTF-8. */
    public byte[] toByteArray() {
        close();
        return Arrays.copyOf(bytes, count);
    }

    @Override
    public String toString() {
        close();
        return new String(bytes, 0, count, StandardCharsets.UTF_8);
    }
}
