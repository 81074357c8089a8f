package org.kcity.selection.support;

import java.util.List;

import org.kcity.deploy.DevTokens;
import org.kcity.platform.security.Roles;

/** Bearer tokens of the program's people. */
public final class Tokens {

    private Tokens() {
    }

    public static String officer() {
        return DevTokens.mint(TestCall.unique("officer"), "MOLIT", "KR", List.of(Roles.PROGRAM_OFFICER));
    }

    public static String evaluator(String subject) {
        return evaluator(subject, "KAIA");
    }

    public static String evaluator(String subject, String organization) {
        return DevTokens.mint(subject, organization, "KR", List.of(Roles.EVALUATOR));
    }

    public static String applicant(String organization) {
        return DevTokens.mint(TestCall.unique("applicant"), organization, null, List.of(Roles.APPLICANT));
    }

    public static String of(String role) {
        return DevTokens.mint(TestCall.unique(role), TestCall.unique("org"), "GH", List.of(role));
    }
}
