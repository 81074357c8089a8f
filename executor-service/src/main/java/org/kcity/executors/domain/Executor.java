package org.kcity.executors.domain;

import java.util.List;

/** The Korean company or consortium appointed to carry out a project. */
public record Executor(String organizationId, String name, String registrationNumber, List<String> members) {

    public Executor {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
