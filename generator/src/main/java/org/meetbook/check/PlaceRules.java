package org.meetbook.check;

import org.meetbook.content.YNode;

/** Address and coordinate fields, shared by meetings and venues. */
final class PlaceRules {

    private PlaceRules() {}

    static void check(YNode.Map place, Report report) {
        report.coordinate(place, "latitude", 90);
        report.coordinate(place, "longitude", 180);
        report.timezone(place, "timezone");
        YNode.Scalar approximate = report.scalar(place, "approximate");
        if (approximate != null && !approximate.text().matches("yes|no")) {
            report.error(approximate.pos(), "approximate must be yes or no", null);
        }
        report.scalars(place, "regions");
    }
}
