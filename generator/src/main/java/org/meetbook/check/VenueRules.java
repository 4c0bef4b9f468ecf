package org.meetbook.check;

import org.meetbook.content.Fields;
import org.meetbook.content.YNode;

/** locations.yaml: shared venues, each a name with its address. */
final class VenueRules {

    private VenueRules() {}

    static void check(YNode.Map locations, Report report) {
        locations.entries().values().forEach(e -> {
            if (!(e.value() instanceof YNode.Map venue)) {
                report.error(e.value().pos(), "venue '" + e.key() + "' must list its address fields, found "
                        + e.value().kind(), "indent address:, city:, ... under the venue's name");
                return;
            }
            report.unknownFields(venue, Fields.VENUE, "venue '" + e.key() + "'");
            if (!venue.has("address") && !venue.has("formatted_address")) {
                report.error(e.keyPos(), "venue '" + e.key() + "' has no street address",
                        "add address:, city:, state:, postal_code: and country:");
            }
            PlaceRules.check(venue, report);
        });
    }
}
