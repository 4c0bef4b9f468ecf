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
    }
}
