package org.meetbook.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.meetbook.content.Content;
import java.util.regex.Matcher;
import org.meetbook.content.Fields;
import org.meetbook.content.Pos;
import org.meetbook.model.Placeholders;
import org.meetbook.content.YNode;

/** Guide pages: front matter fields, and translations that have an original. */
final class PageRules {

    private PageRules() {}

    /** {{entity_phone}}-style placeholders must be known, and site.yaml must give their value. */
    private static void placeholders(Content.PageSource p, YNode.Map site, Report report) {
        String[] lines = p.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = Placeholders.PATTERN.matcher(lines[i]);
            while (m.find()) {
                Pos pos = new Pos(p.file(), p.bodyLine() + i, m.start() + 1);
                String name = m.group(1);
                if (!Placeholders.NAMES.contains(name)) {
                    String suggestion = Suggest.didYouMean(name, Placeholders.NAMES);
                    report.error(pos, "unknown placeholder {{" + name + "}}",
                            (suggestion.isEmpty() ? "" : suggestion + " ") + "placeholders: "
                                    + String.join(", ", Placeholders.NAMES.stream().map(n -> "{{" + n + "}}").toList()));
                } else if (!name.equals("title") && site.text(name) == null) {
                    report.warning(pos, "{{" + name + "}} is used but site.yaml has no " + name,
                            "add " + name + ": to site.yaml, or remove the placeholder");
                }
            }
        }
    }

    static void check(List<Content.PageSource> pages, YNode.Map site, Report report) {
        Set<String> originals = new HashSet<>();
        for (Content.PageSource p : pages) {
            if (p.language() == null) {
                originals.add(p.name());
            }
        }
        for (Content.PageSource p : pages) {
            YNode.Map fm = p.frontMatter();
            report.unknownFields(fm, Fields.PAGE, "page front matter");
            YNode.Scalar title = report.scalar(fm, "title");
            if (title == null || title.text().isBlank()) {
                report.error(fm.pos(), "page has no title",
                        "start the file with three lines: ---, then title: <the page title>, then ---");
            }
            YNode.Scalar order = report.scalar(fm, "order");
            if (order != null && !order.text().trim().matches("-?\\d{1,6}")) {
                report.error(order.pos(), "order must be a whole number, found '" + Report.shorten(order.text()) + "'",
                        "pages are listed by order: 1, 2, 3, ...");
            }
            YNode.Scalar print = report.scalar(fm, "print");
            if (print != null && !print.text().trim().matches("true|false")) {
                report.error(print.pos(), "print must be true or false", null);
            }
            placeholders(p, site, report);
            if (p.language() != null && !originals.contains(p.name())) {
                report.warning(fm.pos(), "translation '" + p.file().getFileName() + "' has no original page "
                        + p.name() + ".md", "name translations after the original: <name>.<language>.md");
            }
        }
    }
}
