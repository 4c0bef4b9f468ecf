package org.meetbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.TestContent;

class ModelBuilderTest {

    @TempDir
    Path temp;

    private Directory build(String meetings) throws IOException {
        return TestContent.directory(TestContent.write(temp, Map.of(
                "site.yaml", TestContent.SITE,
                "locations.yaml", """
                        Grace Hall:
                          address: 10 Elm Street
                          city: Testville
                          state: EX
                          postal_code: "10001"
                          country: US
                          region: Downtown
                          location_notes: Side door.
                        """,
                "meetings/m.yaml", meetings)));
    }

    @Test
    void venueFieldsFillTheMeetingAndTheMeetingsOwnWin() throws IOException {
        Directory d = build("""
                - name: Keep It Simple
                  day: [monday, 4]
                  time: "7:05"
                  location: Grace Hall
                  location_notes: Upstairs this month.
                """);
        Meeting m = d.meetings().get(0);
        assertEquals(List.of(Day.MONDAY, Day.THURSDAY), m.days());
        assertEquals(LocalTime.of(7, 5), m.time());
        assertEquals("10 Elm Street, Testville, EX 10001, US", m.place().address().full());
        assertEquals("Upstairs this month.", m.place().locationNotes());
        assertEquals("Downtown", m.region());
        assertEquals("America/Chicago", m.timezone().getId());
        assertEquals("AA", m.fellowship());
        assertEquals(Attendance.IN_PERSON, m.attendance());
        assertEquals("08:05", m.endTimeText());
    }

    @Test
    void attendanceIsDerivedNotTyped() throws IOException {
        Directory d = build("""
                - name: Room
                  day: 1
                  time: "19:00"
                  location: Grace Hall
                - name: Room And Screen
                  day: 1
                  time: "19:00"
                  location: Grace Hall
                  conference_url: https://zoom.example/j/1
                - name: Screen
                  day: 1
                  time: "19:00"
                  conference_phone: "+1-555-555-0101"
                - name: Closed Room
                  day: 1
                  time: "19:00"
                  location: Grace Hall
                  types: [TC]
                - name: Closed Room Still Online
                  day: 1
                  time: "19:00"
                  location: Grace Hall
                  types: [TC]
                  conference_url: https://zoom.example/j/2
                """);
        assertEquals(List.of(Attendance.IN_PERSON, Attendance.HYBRID, Attendance.ONLINE,
                        Attendance.TEMPORARILY_CLOSED, Attendance.ONLINE),
                d.meetings().stream().map(Meeting::attendance).toList());
        assertNull(d.meetings().get(2).place().address());
    }

    @Test
    void derivedSlugsAreUniqueAndGivenSlugsAreKept() throws IOException {
        Directory d = build("""
                - name: Keep It Simple
                  day: 1
                  time: "19:00"
                  location: Grace Hall
                - name: Keep It Simple
                  day: 2
                  time: "19:00"
                  address: 5 Oak Road
                  city: Testville
                  region: Northside
                - name: Serenity & Coffee
                  slug: serenity
                  day: 3
                  time: "07:00"
                  location: Grace Hall
                - name: Serenity
                  day: 3
                  time: "08:00"
                  location: Grace Hall
                """);
        assertEquals(List.of("keep-it-simple-grace-hall", "keep-it-simple-northside", "serenity", "serenity-grace-hall"),
                d.meetings().stream().map(Meeting::slug).toList());
    }

    @Test
    void listingIsByDayThenTimeAndMultiDayMeetingsOccurOnEachDay() throws IOException {
        Directory d = build("""
                - name: Late
                  day: [sunday, saturday]
                  time: "23:30"
                  end_time: "00:30"
                  location: Grace Hall
                - name: Early
                  day: saturday
                  time: "06:00"
                  location: Grace Hall
                """);
        assertEquals(List.of("SUNDAY Late", "SATURDAY Early", "SATURDAY Late"),
                d.occurrences().stream().map(o -> o.day() + " " + o.meeting().name()).toList());
        assertEquals("00:30", d.meetings().get(0).endTimeText());
    }
}
