package org.meetbook.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meetbook.TestContent;
import org.meetbook.model.Directory;

/** The sample directory's meetings.json, checked field by field against the spec. */
class MeetingGuideFeedTest {

    private static final Path SPEC_TYPES = Path.of("..", "..", "shared", "reference", "meeting-guide-types.json");

    @Test
    void everyMeetingIsValidToTheSpec() throws IOException {
        Directory directory = TestContent.directory(TestContent.SAMPLE);
        JsonNode feed = new ObjectMapper().readTree(MeetingGuideFeed.write(directory));
        Set<String> specCodes = specTypeCodes();
        Set<String> slugs = new HashSet<>();

        assertTrue(feed.isArray());
        assertEquals(directory.meetings().size(), feed.size());
        for (JsonNode m : feed) {
            String slug = m.path("slug").asText();
            assertTrue(m.path("name").isTextual() && !m.path("name").asText().isBlank(), "name: " + m);
            assertTrue(slug.matches("[a-z0-9-]{1,64}"), "URL-safe slug: " + slug);
            assertTrue(slugs.add(slug), "unique slug: " + slug);
            JsonNode day = m.path("day");
            if (day.isArray()) {
                day.forEach(d -> assertTrue(d.isInt() && d.asInt() >= 0 && d.asInt() <= 6, slug + " day " + d));
            } else {
                assertTrue(day.isInt() && day.asInt() >= 0 && day.asInt() <= 6, slug + " day " + day);
            }
            assertTrue(m.path("time").asText().matches("([01]\\d|2[0-3]):[0-5]\\d"), slug + " time");
            if (m.has("end_time")) {
                assertTrue(m.path("end_time").asText().matches("([01]\\d|2[0-3]):[0-5]\\d"), slug + " end_time");
            }
            assertTrue(m.path("timezone").asText().contains("/"), slug + " timezone");
            m.path("types").forEach(t -> assertTrue(specCodes.contains(t.asText()), slug + " type " + t));
            assertEquals("Cedarvale Intergroup", m.path("entity").asText());
            assertTrue(m.path("url").asText().startsWith("https://"), slug + " url");
            if (m.path("approximate").asText().equals("no")) {
                assertTrue(m.path("formatted_address").asText().split(",").length >= 4,
                        slug + " full address: " + m.path("formatted_address"));
            }
            if (m.has("conference_url")) {
                assertTrue(m.path("conference_url").asText().startsWith("https://"), slug + " conference_url");
            }
        }
    }

    /** The spec's codes; the generator's bundled copy must be the same list. */
    private static Set<String> specTypeCodes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> bundled = new HashSet<>();
        try (InputStream in = Directory.class.getResourceAsStream("meeting-guide-types.json")) {
            json.readTree(in).fieldNames().forEachRemaining(bundled::add);
        }
        if (Files.exists(SPEC_TYPES)) {
            Set<String> spec = new HashSet<>();
            json.readTree(SPEC_TYPES.toFile()).fieldNames().forEachRemaining(spec::add);
            assertEquals(spec, bundled, "bundled type codes differ from the spec's");
        }
        return bundled;
    }
}
