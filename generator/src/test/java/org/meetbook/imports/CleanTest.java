package org.meetbook.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small conversions every reader relies on. */
class CleanTest {

    @Test
    void timesInTheShapesOtherToolsWriteThem() {
        assertEquals(Optional.of("18:00"), Clean.time("6:00 PM"));
        assertEquals(Optional.of("06:45"), Clean.time("6:45 am"));
        assertEquals(Optional.of("00:15"), Clean.time("12:15 AM"));
        assertEquals(Optional.of("12:30"), Clean.time("12:30 PM"));
        assertEquals(Optional.of("19:00"), Clean.time("7 p.m."));
        assertEquals(Optional.of("19:30"), Clean.time("19:30:00"));
        assertEquals(Optional.of("07:05"), Clean.time("7:05"));
        assertEquals(Optional.of("12:00"), Clean.time("noon"));
        assertEquals(Optional.of("00:00"), Clean.time("24:00"));
        assertEquals(Optional.empty(), Clean.time("13:00 PM"));
        assertEquals(Optional.empty(), Clean.time("25:00"));
        assertEquals(Optional.empty(), Clean.time("7"));
        assertEquals(Optional.empty(), Clean.time("evening"));
    }

    @Test
    void daysAsNumbersOrNames() {
        assertEquals(Optional.of(0), Clean.day("Sunday"));
        assertEquals(Optional.of(3), Clean.day("wed"));
        assertEquals(Optional.of(6), Clean.day("6"));
        assertEquals(Optional.empty(), Clean.day("7"));
    }

    @Test
    void htmlBecomesText() {
        assertEquals("a\nb", Clean.text("a<br/>b"));
        assertEquals("One\nTwo", Clean.text("<ul><li>One</li><li>Two</li></ul>"));
        assertEquals("Intro\n\nOne\nTwo\n\nEnd", Clean.text("<p>Intro</p><ul><li>One</li><li>Two</li></ul><p>End</p>"));
        assertEquals("x < y & z", Clean.text("x < y & z"), "no markup: untouched");
        assertEquals("Tom & Jerry", Clean.text("Tom &amp; Jerry"));
        assertNull(Clean.text("<script>alert(1)</script>"));
        assertEquals("bell", Clean.text("b\u0007ell"), "control characters dropped");
    }

    @Test
    void typeNamesInAnyLanguageAndTheUsualAliases() {
        assertEquals(Optional.of("X"), TypeNames.code("Wheelchair Access"));
        assertEquals(Optional.of("X"), TypeNames.code("wheelchair accessible"));
        assertEquals(Optional.of("ST"), TypeNames.code("Step Meeting"));
        assertEquals(Optional.of("TC"), TypeNames.code("Temporary Closure"));
        assertEquals(Optional.of("S"), TypeNames.code("Español"));
        assertEquals(Optional.of("S"), TypeNames.code("SPANISH"));
        assertEquals(Optional.of("BA"), TypeNames.code("Babysitting Available"));
        assertEquals(Optional.of(TypeNames.ATTENDANCE), TypeNames.code("Online Meeting"));
        assertEquals(Optional.empty(), TypeNames.code("Dancing"));
        assertEquals(Optional.of("S"), TypeNames.languageType("es"));
        assertEquals(Optional.of("FR"), TypeNames.languageType("fr"));
        assertEquals(Optional.of("JA"), TypeNames.languageType("ja"));
    }

    @Test
    void rowRangesInWarnings() {
        assertEquals("rows 2-4, 9", TsmlCsvReader.rows(java.util.List.of("row 2", "row 3", "row 4", "row 9")));
        assertEquals("row 5", TsmlCsvReader.rows(java.util.List.of("row 5")));
    }
}
