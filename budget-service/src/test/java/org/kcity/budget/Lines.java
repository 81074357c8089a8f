package org.kcity.budget;

import java.util.List;

/** Request bodies with budget lines. */
record Lines(List<Line> lines) {

    record Line(String category, String description, long amount) {
    }

    record Adjustment(List<Line> lines, String note) {
    }

    static Lines of(Line... lines) {
        return new Lines(List.of(lines));
    }
}
