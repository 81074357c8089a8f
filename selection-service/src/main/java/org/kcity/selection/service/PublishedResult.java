package org.kcity.selection.service;

import java.util.List;
import java.util.Map;

import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.ResultEntry;

/** A call's published result: its projects and reserves as they stand now, with their applications. */
public record PublishedResult(Call call, List<ResultEntry> entries, Map<String, Candidate> candidates) {

    public Candidate candidate(ResultEntry entry) {
        return candidates.get(entry.applicationId);
    }
}
