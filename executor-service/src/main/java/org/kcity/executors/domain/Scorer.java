package org.kcity.executors.domain;

/** A committee member about to score, and whether its token verified it as the host country's official. */
public record Scorer(String subject, boolean verifiedHostOfficial) {
}
