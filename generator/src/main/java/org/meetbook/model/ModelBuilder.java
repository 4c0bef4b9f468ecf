package org.meetbook.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meetbook.content.Content;
import org.meetbook.content.Fields;
import org.meetbook.content.YNode;
import org.meetbook.parallel.Parallel;

/**
 * Turns checked content into the immutable {@link Directory}. It trusts the checks: content
 * that did not pass them is a programming error here, not a user message.
 */
public final class ModelBuilder {

    private static final String FALLBACK_FELLOWSHIP = "AA";

    private ModelBuilder() {}

    public static Directory build(Content content) {
        Site site = site(content.site());
        TypeCatalog types = TypeCatalog.standard().withOwn(textMap(content.site().get("types")));
        Map<String, YNode.Map> venues = venues(content.locations());
        List<Meeting> meetings = meetings(content.meetings(), venues, site);
        List<Page> pages = new ArrayList<>();
        for (Content.PageSource p : content.pages()) {
            pages.add(page(p, site));
        }
        return new Directory(site, meetings, pages, types);
    }

    // ---- site ----

    static Site site(YNode.Map y) {
        List<String> languages = texts(y.get("languages"));
        if (languages.isEmpty()) {
            languages = List.of("en");
        }
        YNode.Map print = y.get("print") instanceof YNode.Map m ? m : YNode.emptyMap(y.pos());
        Site.Entity entity = new Site.Entity(y.text("entity"), y.text("entity_email"), y.text("entity_phone"),
                y.text("entity_location"), y.text("entity_website_url"));
        String zone = y.text("timezone");
        return new Site(
                orElse(y.text("title"), "Meetings"),
                y.text("description"),
                entity,
                zone == null ? ZoneId.of("UTC") : ZoneId.of(zone),
                languages,
                y.text("base_url"),
                orElse(y.text("fellowship"), FALLBACK_FELLOWSHIP),
                textMap(y.get("fellowships")),
                print(print),
                updated(print.text("updated")));
    }

    /** site.yaml's print settings, with defaults for what is not set (checked before: values parse). */
    static Site.Print print(YNode.Map p) {
        Site.Print d = new Site.Print(orElse(p.text("paper"), "letter").trim().toLowerCase(java.util.Locale.ROOT));
        List<String> editions = p.get("editions") == null ? d.editions() : texts(p.get("editions"));
        List<String> regions = p.get("regions") == null ? d.regions() : texts(p.get("regions"));
        String pages = p.text("pages");
        String multiple = p.text("multiple_of");
        return new Site.Print(d.paper(),
                editions.stream().map(e -> e.trim().toLowerCase(java.util.Locale.ROOT)).toList(),
                orElse(p.text("grouping"), d.grouping()).trim(),
                pages == null ? null : Integer.valueOf(pages.trim()),
                multiple == null ? d.multipleOf() : Integer.parseInt(multiple.trim()),
                number(p.text("type_size"), d.typeSize()),
                number(p.text("min_type_size"), d.minTypeSize()),
                number(p.text("max_type_size"), d.maxTypeSize()),
                regions.stream().map(String::trim).toList(),
                orElse(p.text("online"), d.online()).trim());
    }

    private static double number(String text, double fallback) {
        return text == null ? fallback : Double.parseDouble(text.trim());
    }

    /** The "updated" date of print editions: from content, else SOURCE_DATE_EPOCH, else today. */
    private static LocalDate updated(String text) {
        if (text != null) {
            return LocalDate.parse(text.trim());
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    // ---- venues and meetings ----

    private static Map<String, YNode.Map> venues(YNode.Map locations) {
        Map<String, YNode.Map> venues = new HashMap<>();
        locations.entries().forEach((name, entry) -> {
            if (entry.value() instanceof YNode.Map m) {
                venues.put(name, m);
            }
        });
        return venues;
    }

    private static List<Meeting> meetings(List<Content.MeetingSource> sources, Map<String, YNode.Map> venues, Site site) {
        List<String> slugs = assignSlugs(sources, venues);
        // Each meeting is made from its own fields and its venue alone: on every core, in order.
        return Parallel.map(sources.size(), i -> meeting(sources.get(i).fields(), slugs.get(i), venues, site));
    }

    /**
     * Given slugs are kept. A derived slug comes from the name; when two meetings share a name the
     * venue (or region) is added, then day and time, so adding a meeting elsewhere never renames
     * an existing one.
     */
    static List<String> assignSlugs(List<Content.MeetingSource> sources, Map<String, YNode.Map> venues) {
        Set<String> taken = new HashSet<>();
        for (Content.MeetingSource s : sources) {
            String given = s.fields().text("slug");
            if (given != null) {
                taken.add(given.trim());
            }
        }
        // Each name's slug, made on every core: the costly step, independent per meeting.
        List<String> bases = Parallel.map(sources,
                s -> s.fields().text("slug") != null ? null : Slugs.of(orElse(s.fields().text("name"), "meeting")));
        Map<String, Integer> nameCounts = new HashMap<>();
        for (String base : bases) {
            if (base != null) {
                nameCounts.merge(base, 1, Integer::sum);
            }
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            YNode.Map f = sources.get(i).fields();
            String given = f.text("slug");
            if (given != null) {
                result.add(given.trim());
                continue;
            }
            // The first free of: the name alone (when no other meeting has it), with the venue,
            // with day and time; then the last of those numbered. Each made only when needed.
            String base = bases.get(i);
            String chosen = nameCounts.get(base) == 1 && !taken.contains(base) ? base : null;
            if (chosen == null) {
                String where = orElse(f.text("location"), orElse(f.text("region"), f.text("city")));
                String withWhere = where == null ? null : Slugs.of(base + "-" + where);
                if (withWhere != null && !taken.contains(withWhere)) {
                    chosen = withWhere;
                }
            }
            if (chosen == null) {
                String when = f.get("day") instanceof YNode.Scalar d ? d.text() : "";
                String last = Slugs.of(base + "-" + when + "-" + orElse(f.text("time"), "").replace(":", ""));
                if (!taken.contains(last)) {
                    chosen = last;
                }
                for (int n = 2; chosen == null; n++) {
                    if (!taken.contains(last + "-" + n)) {
                        chosen = last + "-" + n;
                    }
                }
            }
            taken.add(chosen);
            result.add(chosen);
        }
        return result;
    }

    private static Meeting meeting(YNode.Map own, String slug, Map<String, YNode.Map> venues, Site site) {
        String location = own.text("location");
        YNode.Map venue = location == null ? null : venues.get(location.trim());
        Field f = new Field(own, venue);

        List<Day> days = new ArrayList<>();
        for (String d : texts(own.get("day"))) {
            days.add(Day.parse(d).orElseThrow());
        }
        LocalTime time = Values.time(own.text("time")).orElseThrow();
        LocalTime end = own.text("end_time") == null ? null : Values.time(own.text("end_time")).orElseThrow();
        String zone = f.text("timezone");
        List<String> types = texts(own.get("types")).stream().map(String::trim).distinct().toList();

        Address address = null;
        if (f.text("address") != null || f.text("formatted_address") != null || f.text("city") != null) {
            address = new Address(f.text("address"), f.text("city"), f.text("state"), f.text("postal_code"),
                    f.text("country"), f.text("formatted_address"));
        }
        List<String> regions = texts(f.node("regions"));
        if (regions.isEmpty()) {
            regions = new ArrayList<>();
            if (f.text("region") != null) {
                regions.add(f.text("region"));
            }
            if (f.text("sub_region") != null) {
                regions.add(f.text("sub_region"));
            }
        }
        Meeting.Place place = new Meeting.Place(location == null ? null : location.trim(),
                f.text("location_notes"), address,
                f.text("latitude") == null ? null : Values.number(f.text("latitude")).orElse(null),
                f.text("longitude") == null ? null : Values.number(f.text("longitude")).orElse(null),
                regions);
        Meeting.Online online = new Meeting.Online(own.text("conference_url"), own.text("conference_url_notes"),
                own.text("conference_phone"), own.text("conference_phone_notes"));

        Map<String, String> contributions = new LinkedHashMap<>();
        for (String key : Fields.CONTRIBUTIONS) {
            if (own.text(key) != null) {
                contributions.put(key, own.text(key));
            }
        }
        List<Meeting.Contact> contacts = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            String name = own.text("contact_" + n + "_name");
            String email = own.text("contact_" + n + "_email");
            String phone = own.text("contact_" + n + "_phone");
            if (name != null || email != null || phone != null) {
                contacts.add(new Meeting.Contact(name, email, phone));
            }
        }
        return new Meeting(
                slug,
                own.text("name").trim(),
                orElse(own.text("fellowship"), site.defaultFellowship()),
                days,
                time,
                end,
                zone == null ? site.timezone() : ZoneId.of(zone.trim()),
                types,
                own.text("notes"),
                place,
                online,
                attendance(types, online, address),
                own.text("group"),
                own.text("group_notes"),
                own.text("feedback_url"),
                texts(own.get("feedback_emails")),
                contributions,
                contacts,
                own.text("updated"),
                own.pos().file());
    }

    static Attendance attendance(List<String> types, Meeting.Online online, Address address) {
        boolean physical = address != null && address.specific();
        if (online.present()) {
            return physical && !types.contains("TC") ? Attendance.HYBRID : Attendance.ONLINE;
        }
        return types.contains("TC") ? Attendance.TEMPORARILY_CLOSED : Attendance.IN_PERSON;
    }

    /** A meeting's own value first, then its venue's. */
    private record Field(YNode.Map own, YNode.Map venue) {
        String text(String key) {
            String v = own.text(key);
            return v != null || venue == null ? v : venue.text(key);
        }

        YNode node(String key) {
            YNode v = own.get(key);
            return v != null || venue == null ? v : venue.get(key);
        }
    }

    // ---- pages ----

    private static Page page(Content.PageSource p, Site site) {
        String defaultLanguage = site.defaultLanguage();
        YNode.Map fm = p.frontMatter();
        String order = fm.text("order");
        String print = fm.text("print");
        return new Page(p.name(), p.language() == null ? defaultLanguage : p.language(),
                fm.text("title").trim(), fm.text("description"),
                order == null ? 100 : Integer.parseInt(order.trim()),
                print == null || Boolean.parseBoolean(print.trim()),
                Markdown.toHtml(Placeholders.fill(p.body(), site)), false);
    }

    // ---- helpers ----

    /** A scalar or a list of scalars as a list of texts. */
    public static List<String> texts(YNode node) {
        List<String> out = new ArrayList<>();
        if (node instanceof YNode.Scalar s && !s.isNull()) {
            out.add(s.text());
        } else if (node instanceof YNode.Seq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YNode.Scalar s && !s.isNull()) {
                    out.add(s.text());
                }
            }
        }
        return out;
    }

    private static Map<String, String> textMap(YNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node instanceof YNode.Map m) {
            m.entries().forEach((k, e) -> {
                if (e.value() instanceof YNode.Scalar s && !s.isNull()) {
                    out.put(k, s.text());
                }
            });
        }
        return out;
    }

    private static String orElse(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

}
