package org.kcity.platform.web;

import jakarta.ws.rs.core.EntityTag;

import org.kcity.platform.problem.ApiProblem;

/** Optimistic concurrency over HTTP: the version of an aggregate is its ETag, and writes must name it in If-Match. */
public final class ETags {

    /** Room for a handful of versions: If-Match may list several, and none of ours is longer than 22 characters. */
    public static final int MAX_IF_MATCH_LENGTH = 200;

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Refuses a write without If-Match (428) or with a stale one (412). */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired("Send the resource's current ETag in If-Match to change it");
        }
        String expected = of(currentVersion).toString();
        boolean matches = ifMatch.trim().equals("*");
        for (String candidate : ifMatch.split(",")) {
            matches |= candidate.trim().replaceFirst("^W/", "").equals(expected);
        }
        if (!matches) {
            throw ApiProblem.preconditionFailed("The resource changed since it was read (current ETag " + expected + ")");
        }
    }
}
