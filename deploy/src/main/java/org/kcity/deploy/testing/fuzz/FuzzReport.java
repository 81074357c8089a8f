package org.kcity.deploy.testing.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a fuzz run sent and found.
 *
 * @param answers  how many requests were answered with each status
 * @param failures every request whose answer broke a rule, with the rule
 */
public record FuzzReport(String service, int requests, int operations, Duration duration, Map<Integer, Integer> answers,
        List<String> failures) {

    private static final int SHOWN = 40;

    public boolean passed() {
        return failures.isEmpty();
    }

    public String summary() {
        return String.format("%s: %d requests to %d operations in %.1f s, answers %s", service, requests, operations,
                duration.toMillis() / 1000.0, answers);
    }

    @Override
    public String toString() {
        if (failures.isEmpty()) {
            return summary();
        }
        String shown = failures.stream().limit(SHOWN).map(failure -> "  - " + failure).collect(Collectors.joining("\n"));
        String more = failures.size() > SHOWN ? "\n  ... and " + (failures.size() - SHOWN) + " more" : "";
        return summary() + "\n" + failures.size() + " failure(s):\n" + shown + more;
    }
}
