package org.meetbook.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.meetbook.content.Fields;
import org.meetbook.content.YNode;
import org.meetbook.model.TypeCatalog;
import org.meetbook.model.Values;

/** site.yaml: identity, defaults, the directory's own type codes, print settings. */
final class SiteRules {

    private static final Set<String> PAPERS = Set.of("letter", "a4");

    private SiteRules() {}

    static void check(YNode.Map site, Report report) {
        report.unknownFields(site, Fields.SITE, "site.yaml");
        if (report.scalar(site, "title") == null) {
            report.error(site.pos(), "site.yaml has no title", "add a line such as: title: Cedarvale Meetings");
        }
        report.timezone(site, "timezone");
        for (YNode.Scalar lang : report.scalars(site, "languages")) {
            if (!lang.text().matches("[a-z]{2}(-[A-Z]{2})?")) {
                report.error(lang.pos(), "'" + Report.shorten(lang.text()) + "' is not a language code",
                        "use two-letter codes such as en, es, fr; the first is the default language");
            }
        }
        report.url(site, "base_url", Values.WEB_SCHEMES);
        report.url(site, "entity_website_url", Values.WEB_SCHEMES);
        report.url(site, "entity_logo", Set.of("https"));
        report.email(site, "entity_email");
        report.phone(site, "entity_phone");
        if (report.scalar(site, "entity") == null
                && (site.has("entity_email") || site.has("entity_phone") || site.has("entity_website_url"))) {
            report.error(site.pos(), "entity contact details are given but not the entity's name",
                    "add entity: <name of your intergroup or area>");
        }
        YNode fellowships = site.get("fellowships");
        if (fellowships != null && !(fellowships instanceof YNode.Map)) {
            report.error(fellowships.pos(), "'fellowships' must map codes to names (AA: Alcoholics Anonymous)", null);
        }
        YNode.Scalar fellowship = report.scalar(site, "fellowship");
        if (fellowship != null && fellowships instanceof YNode.Map names && names.get(fellowship.text()) == null) {
            report.error(fellowship.pos(), "default fellowship '" + fellowship.text() + "' is not listed under fellowships",
                    "add it under fellowships: with its name in words");
        }
        ownTypes(site.get("types"), report);
        print(site.get("print"), report);
    }

    private static void ownTypes(YNode types, Report report) {
        if (types == null) {
            return;
        }
        if (!(types instanceof YNode.Map map)) {
            report.error(types.pos(), "'types' must map your own codes to names (ASK: Ask-it-basket)", null);
            return;
        }
        TypeCatalog standard = TypeCatalog.standard();
        map.entries().values().forEach(e -> {
            if (standard.isStandard(e.key())) {
                report.error(e.keyPos(), "type code '" + e.key() + "' is reserved by the Meeting Guide spec ("
                        + standard.name(e.key(), "en") + ")", "choose another code for your own type, or use the spec's");
            } else if (!e.key().matches("[A-Za-z0-9-]{1,10}")) {
                report.error(e.keyPos(), "type code '" + e.key() + "' may use only letters, digits and '-'", null);
            }
        });
    }

    private static void print(YNode print, Report report) {
        if (print == null) {
            return;
        }
        if (!(print instanceof YNode.Map map)) {
            report.error(print.pos(), "'print' must hold print settings (paper: letter)", null);
            return;
        }
        report.unknownFields(map, Fields.PRINT, "print settings");
        YNode.Scalar paper = report.scalar(map, "paper");
        if (paper != null && !PAPERS.contains(paper.text().trim())) {
            report.error(paper.pos(), "paper must be letter or a4, found '" + Report.shorten(paper.text()) + "'",
                    "letter prints half-letter pages, a4 prints A5 pages");
        }
        YNode.Scalar updated = report.scalar(map, "updated");
        if (updated != null) {
            try {
                LocalDate.parse(updated.text().trim());
            } catch (DateTimeParseException e) {
                report.error(updated.pos(), "updated must be a date like 2026-11-01, found '"
                        + Report.shorten(updated.text()) + "'", null);
            }
        }
        for (YNode.Scalar edition : report.scalars(map, "editions")) {
            if (!EDITIONS.contains(edition.text().trim())) {
                report.error(edition.pos(), "unknown print edition '" + Report.shorten(edition.text()) + "'",
                        "editions are " + Report.list(EDITIONS));
            }
        }
        YNode.Scalar grouping = report.scalar(map, "grouping");
        if (grouping != null && !GROUPINGS.contains(grouping.text().trim())) {
            report.error(grouping.pos(), "grouping must be day, day-region or region-day, found '"
                    + Report.shorten(grouping.text()) + "'",
                    "day lists meetings by day and time; day-region adds the region under each day; "
                            + "region-day lists each region's meetings by day");
        }
        YNode.Scalar online = report.scalar(map, "online");
        if (online != null && !ONLINE.contains(online.text().trim())) {
            report.error(online.pos(), "online must be mark or section, found '" + Report.shorten(online.text()) + "'",
                    "mark lists online meetings among the others with a marker; section gives them their own section");
        }
        Integer pages = integer(map, "pages", 4, 400, report);
        if (pages != null && pages % 4 != 0) {
            report.error(map.get("pages").pos(), "pages must be a multiple of 4 so the booklet folds, found " + pages,
                    "use " + (pages / 4 * 4 == 0 ? 4 : pages / 4 * 4) + " or " + (pages / 4 * 4 + 4));
        }
        Integer multiple = integer(map, "multiple_of", 4, 64, report);
        if (multiple != null && multiple % 4 != 0) {
            report.error(map.get("multiple_of").pos(), "multiple_of must be a multiple of 4 (a folded sheet holds 4 pages), found "
                    + multiple, "use 4");
        }
        Double size = size(map, "type_size", report);
        Double min = size(map, "min_type_size", report);
        Double max = size(map, "max_type_size", report);
        double lo = min != null ? min : 8;
        double hi = max != null ? max : 11;
        if (lo > hi) {
            report.error(map.get(min != null ? "min_type_size" : "max_type_size").pos(),
                    "min_type_size (" + lo + ") is larger than max_type_size (" + hi + ")", "swap the two values");
        } else if (size != null && (size < lo || size > hi)) {
            report.error(map.get("type_size").pos(), "type_size " + size + " lies outside min_type_size " + lo
                    + " and max_type_size " + hi, "choose a size between the two, or widen the bounds");
        }
        report.scalars(map, "regions");
    }

    private static final Set<String> EDITIONS = new java.util.TreeSet<>(Set.of("schedule", "large-print", "guide", "regions"));
    private static final Set<String> GROUPINGS = Set.of("day", "day-region", "region-day");
    private static final Set<String> ONLINE = Set.of("mark", "section");

    private static Integer integer(YNode.Map map, String key, int min, int max, Report report) {
        YNode.Scalar s = report.scalar(map, key);
        if (s == null) {
            return null;
        }
        String t = s.text().trim();
        if (!t.matches("\\d{1,4}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
            report.error(s.pos(), key + " must be a whole number from " + min + " to " + max + ", found '"
                    + Report.shorten(s.text()) + "'", null);
            return null;
        }
        return Integer.parseInt(t);
    }

    /** A type size in points, 6 to 14 (the large-print edition has its own, fixed sizes). */
    private static Double size(YNode.Map map, String key, Report report) {
        YNode.Scalar s = report.scalar(map, key);
        if (s == null) {
            return null;
        }
        String t = s.text().trim();
        if (!t.matches("\\d{1,2}(\\.\\d+)?") || Double.parseDouble(t) < 6 || Double.parseDouble(t) > 14) {
            report.error(s.pos(), key + " must be a size in points from 6 to 14, such as 9.5, found '"
                    + Report.shorten(s.text()) + "'", null);
            return null;
        }
        return Double.parseDouble(t);
    }
}
