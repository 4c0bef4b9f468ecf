package org.meetbook.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.meetbook.content.Content;
import org.meetbook.content.Fields;
import org.meetbook.content.YNode;

/** Guide pages: front matter fields, and translations that have an original. */
final class PageRules {

    private PageRules() {}

    static void check(List<Content.PageSource> pages, Report report) {
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
            if (p.language() != null && !originals.contains(p.name())) {
                report.warning(fm.pos(), "translation '" + p.file().getFileName() + "' has no original page "
                        + p.name() + ".md", "name translations after the original: <name>.<language>.md");
            }
        }
    }
}
