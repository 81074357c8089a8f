package org.kcity.selection.service;

import java.util.Optional;

import org.kcity.platform.security.Caller;

/** The evaluator calling: its subject, and the organization its token names, itself a conflict of interest. */
public record Evaluator(String id, Optional<String> organization) {

    public static Evaluator calling(Caller caller) {
        return new Evaluator(caller.subject(), caller.organization());
    }
}
