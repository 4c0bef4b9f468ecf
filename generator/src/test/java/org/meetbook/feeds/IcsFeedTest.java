package org.meetbook.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;
import org.meetbook.TestContent;
import org.meetbook.model.Day;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;

/** The iCalendar feeds, parsed back with ical4j and checked against the model. */
class IcsFeedTest {

    private static final Directory SAMPLE = TestContent.directory(TestContent.SAMPLE);

    private static Calendar parse(byte[] ics) throws Exception {
        String text = new String(ics, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), "CRLF line ends");
        for (String line : text.split("\r\n")) {
            // ical4j folds by characters: an accented letter makes a line a little longer than
            // the 75 octets RFC 5545 recommends (a SHOULD), which calendar apps accept.
            assertTrue(line.length() <= 75, "folded at 75 characters: " + line);
        }
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        calendar.validate();   // throws on anything RFC 5545 forbids
        return calendar;
    }

    @Test
    void wholeDirectoryParsesBackWithOneWeeklyEventPerMeeting() throws Exception {
        Calendar calendar = parse(new IcsFeed(SAMPLE).directoryCalendar());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(SAMPLE.meetings().size(), events.size());
        Map<String, VEvent> byUid = events.stream().collect(Collectors.toMap(
                e -> e.getProperty(Property.UID).orElseThrow().getValue(), Function.identity()));
        for (Meeting m : SAMPLE.meetings()) {
            VEvent e = byUid.get(m.slug() + "@meetings.cedarvale-intergroup.example");
            assertEquals(m.name(), e.getProperty(Property.SUMMARY).orElseThrow().getValue());
            DtStart<ZonedDateTime> start = e.getProperty(Property.DTSTART).map(p -> (DtStart<ZonedDateTime>) p).orElseThrow();
            ZonedDateTime s = start.getDate();
            assertEquals(m.timezone().getId(), start.getParameter("TZID").orElseThrow().getValue(), m.slug());
            assertEquals(m.time(), s.toLocalTime(), m.slug());
            assertTrue(m.days().stream().map(Day::dayOfWeek).anyMatch(d -> d == s.getDayOfWeek()), m.slug());
            RRule<?> rule = e.getProperty(Property.RRULE).map(p -> (RRule<?>) p).orElseThrow();
            assertEquals("WEEKLY", rule.getRecur().getFrequency().name());
            List<DayOfWeek> byDay = rule.getRecur().getDayList().stream().map(wd -> net.fortuna.ical4j.model.WeekDay.getDayOfWeek(wd)).toList();
            assertEquals(m.days().stream().map(Day::dayOfWeek).toList(), byDay, m.slug());
            ZonedDateTime end = (ZonedDateTime) e.getProperty(Property.DTEND).map(p -> ((net.fortuna.ical4j.model.property.DtEnd<?>) p).getDate()).orElseThrow();
            Duration length = Duration.between(s, end);
            assertTrue(!length.isNegative() && !length.isZero() && length.toHours() < 24, m.slug() + " lasts " + length);
            assertEquals(m.effectiveEndTime(), end.toLocalTime(), m.slug());
        }
        // One VTIMEZONE per zone used, and none pointing at a third-party server.
        long zones = SAMPLE.meetings().stream().map(Meeting::timezone).distinct().count();
        assertEquals(zones, calendar.getComponents("VTIMEZONE").size());
        assertFalse(new String(new IcsFeed(SAMPLE).directoryCalendar(), StandardCharsets.UTF_8).contains("TZURL"));
    }

    @Test
    void meetingAfterMidnightEndsTheNextDay() throws Exception {
        Meeting late = SAMPLE.meetings().stream().filter(m -> m.endTime() != null && m.endTime().isBefore(m.time()))
                .findFirst().orElseThrow();
        VEvent e = parse(new IcsFeed(SAMPLE).meetingCalendar(late)).<VEvent>getComponents("VEVENT").get(0);
        ZonedDateTime start = (ZonedDateTime) e.getProperty(Property.DTSTART).map(p -> ((DtStart<?>) p).getDate()).orElseThrow();
        ZonedDateTime end = (ZonedDateTime) e.getProperty(Property.DTEND).map(p -> ((net.fortuna.ical4j.model.property.DtEnd<?>) p).getDate()).orElseThrow();
        assertEquals(start.toLocalDate().plusDays(1), end.toLocalDate());
    }

    @Test
    void perMeetingFilesParseAndAreDeterministic() throws Exception {
        for (Meeting m : SAMPLE.meetings()) {
            byte[] a = new IcsFeed(SAMPLE).meetingCalendar(m);
            Calendar calendar = parse(a);
            assertEquals(1, calendar.getComponents("VEVENT").size());
            assertEquals(1, calendar.getComponents("VTIMEZONE").size());
            assertArrayEquals(a, new IcsFeed(SAMPLE).meetingCalendar(m), "same input, same bytes");
        }
    }

    @Test
    void textIsEscapedNotInterpreted() throws Exception {
        Meeting withNotes = SAMPLE.meetings().stream().filter(m -> m.notes() != null && m.notes().contains(","))
                .findFirst().orElseThrow();
        VEvent e = parse(new IcsFeed(SAMPLE).meetingCalendar(withNotes)).<VEvent>getComponents("VEVENT").get(0);
        assertTrue(e.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains(withNotes.notes()));
    }

    @Test
    void eventsAreTheTextIcal4jWritesFoldedAsItFolds() throws Exception {
        IcsFeed feed = new IcsFeed(SAMPLE);
        Meeting template = SAMPLE.meetings().get(0);
        List<Meeting> meetings = new java.util.ArrayList<>(SAMPLE.meetings());
        // Text with everything that needs escaping, long lines, and characters beyond ASCII.
        for (String name : List.of("Back\\slash, comma; semicolon", "Línea nueva\nsegunda línea", "平安 🙂 " + "x".repeat(90))) {
            meetings.add(new Meeting("t-" + meetings.size(), name, template.fellowship(), template.days(), template.time(),
                    template.endTime(), template.timezone(), template.types(), name + " notes, with; all\\ of it " + "é".repeat(80),
                    template.place(), template.online(), template.attendance(), null, null, null, List.of(), Map.of(),
                    List.of(), null, template.sourceFile()));
        }
        for (Meeting m : meetings) {
            String ical4j = feed.event(m).toString();
            assertEquals(ical4j, feed.eventLines(m), m.name());
            java.io.StringWriter whole = new java.io.StringWriter();
            try (var folding = new net.fortuna.ical4j.data.FoldingWriter(whole, net.fortuna.ical4j.data.FoldingWriter.REDUCED_FOLD_LENGTH)) {
                folding.write(ical4j);
            }
            assertEquals(whole.toString(), IcsFeed.fold(ical4j), "folded a line at a time as the writer folds the whole: " + m.name());
        }
    }
}
