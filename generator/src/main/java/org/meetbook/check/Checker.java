package org.meetbook.check;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meetbook.content.Content;
import org.meetbook.content.ContentException;
import org.meetbook.content.YNode;
import org.meetbook.model.TypeCatalog;
import org.meetbook.parallel.Parallel;

/** Runs every rule over loaded content. Errors stop a build; warnings are shown. */
public final class Checker {

    private Checker() {}

    public static List<Problem> check(Content content) {
        Report report = new Report();
        for (ContentException e : content.unreadable()) {
            report.error(e.pos(), e.getMessage(), e.hint());
        }
        SiteRules.check(content.site(), report);
        VenueRules.check(content.locations(), report);
        TypeCatalog types = TypeCatalog.standard().withOwn(ownTypes(content.site()));
        Set<String> fellowships = content.site().get("fellowships") instanceof YNode.Map f
                ? f.entries().keySet() : Set.of();
        // The meeting rules and the anonymity lint each read every meeting: side by side.
        Parallel.Beside<Report> lint = Parallel.beside("lint", () -> {
            Report anonymity = new Report();
            AnonymityRules.check(content.meetings(), anonymity);
            return anonymity;
        });
        new MeetingRules(report, types, content.locations().entries().keySet(), fellowships).check(content.meetings());
        PageRules.check(content.pages(), content.site(), report);
        try {
            report.problems().addAll(lint.join().problems());
        } catch (java.io.IOException notThrownByTheLint) {
            throw new java.io.UncheckedIOException(notThrownByTheLint);
        }
        return report.problems().stream()
                .sorted(Comparator.comparing((Problem p) -> p.pos().file().toString())
                        .thenComparingInt(p -> p.pos().line())
                        .thenComparingInt(p -> p.pos().column()))
                .toList();
    }

    private static Map<String, String> ownTypes(YNode.Map site) {
        java.util.LinkedHashMap<String, String> own = new java.util.LinkedHashMap<>();
        if (site.get("types") instanceof YNode.Map m) {
            m.entries().forEach((code, e) -> {
                if (e.value() instanceof YNode.Scalar s && !TypeCatalog.standard().isStandard(code)) {
                    own.put(code, s.text());
                }
            });
        }
        return own;
    }
}
