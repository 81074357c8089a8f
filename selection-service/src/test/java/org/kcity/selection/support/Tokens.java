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
        return DevTokens.mint(subject, "KAIA", "KR", List.of(Roles.EVALUATOR));
    }

    public static String of(String role) {
        return DevTokens.mint(TestCall.unique(role), TestCall.unique("org"), "GH", List.of(role));
    }
}
