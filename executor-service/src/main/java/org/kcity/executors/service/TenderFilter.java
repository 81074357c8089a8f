package org.kcity.executors.service;

import org.kcity.executors.domain.TenderStatus;
import org.kcity.executors.domain.Track;

/** Which tenders a caller lists: of a call, a project, a track, in a status; a null criterion does not filter. */
public record TenderFilter(String callId, String projectId, Track track, TenderStatus status) {
}
