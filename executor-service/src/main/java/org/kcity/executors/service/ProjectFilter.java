package org.kcity.executors.service;

import org.kcity.executors.domain.ProjectStatus;
import org.kcity.executors.domain.Track;

/** Which projects a caller lists: of a call, a track, in a status; a null criterion does not filter. */
public record ProjectFilter(String callId, Track track, ProjectStatus status) {
}
