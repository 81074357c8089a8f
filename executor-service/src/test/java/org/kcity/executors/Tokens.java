package org.kcity.executors;

import java.util.List;

import org.kcity.deploy.DevTokens;
import org.kcity.platform.security.Roles;

/** Bearer tokens of the people taking part in executor appointment. */
public final class Tokens {

    private Tokens() {
    }

    public static String officer() {
        return DevTokens.mint(Upstream.unique("officer"), "molit", "KR", List.of(Roles.PROGRAM_OFFICER));
    }

    public static String bidder(String organization) {
        return DevTokens.mint(Upstream.unique("bidder"), organization, "KR", List.of(Roles.BIDDER));
    }

    public static String official(String subject, String country) {
        return DevTokens.mint(subject, "gov-" + country, country, List.of(Roles.OVERSEAS_OFFICIAL));
    }

    public static String evaluator(String subject) {
        return DevTokens.mint(subject, "kaia", "KR", List.of(Roles.EVALUATOR));
    }

    public static String of(String role) {
        return DevTokens.mint(Upstream.unique(role), Upstream.unique("org"), "KR", List.of(role));
    }
}
