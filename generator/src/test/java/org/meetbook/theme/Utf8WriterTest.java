package org.meetbook.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    /** Text of every width: ASCII, Latin-1, the en dash, Chinese, an emoji (a surrogate pair). */
    private static final String[] PIECES = {"<p class=\"m\">", "7:00–8:00 PM", "Café Señor", "平安", "🙂", " · ", "\n", ""};

    @Test
    void writesWhatStringGetBytesWouldHoweverTheTextIsCutIntoWrites() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            Utf8Writer out = new Utf8Writer(4);
            int at = 0;
            while (at < s.length()) {
                int end = Math.min(s.length(), at + 1 + random.nextInt(9)); // may split a surrogate pair
                switch (random.nextInt(4)) {
                    case 0 -> out.write(s.substring(at, end));
                    case 1 -> out.write(s.toCharArray(), at, end - at);
                    case 2 -> out.write(s, at, end - at);
                    default -> {
                        for (int i = at; i < end; i++) {
                            out.write(s.charAt(i));
                        }
                    }
                }
                at = end;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray(), s);
            assertEquals(s, out.toString());
        }
    }

    @Test
    void anUnpairedSurrogateBecomesAQuestionMarkAsInStringGetBytes() {
        String broken = "a\uD83Db\uDE42c\uD83D";
        Utf8Writer out = new Utf8Writer(16);
        out.write(broken.toCharArray(), 0, broken.length());
        assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
