package org.meetbook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A cached entry's link prefixes are put in at the byte level, around text of any script. */
class EntryCacheTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyMarkerIsReplacedAndTheTextAroundIsKept() {
        String marker = "\uE000home\uE000";
        byte[] entry = utf8("<a href=\"" + marker + "meetings/caf\u00e9.html\">Caf\u00e9 – \u65e5\u672c</a>" + marker + "x" + marker);
        assertEquals("<a href=\"../meetings/caf\u00e9.html\">Caf\u00e9 – \u65e5\u672c</a>../x../",
                new String(EntryCache.replace(entry, utf8(marker), "../"), StandardCharsets.UTF_8));
        assertEquals("<a href=\"meetings/caf\u00e9.html\">Caf\u00e9 – \u65e5\u672c</a>x",
                new String(EntryCache.replace(entry, utf8(marker), ""), StandardCharsets.UTF_8));
    }

    @Test
    void textWithoutTheMarkerIsReturnedAsItIs() {
        byte[] entry = utf8("<li>Serenity – 7:00 PM</li>");
        assertSame(entry, EntryCache.replace(entry, utf8("\uE000root\uE000"), "../"));
    }
}
