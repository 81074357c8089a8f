package org.kcity.executors.event;

import java.time.OffsetDateTime;

import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.Tender;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.executor.tender_opened.v1}: a project's tender takes bids until its deadline. Subject: project id. */
public record TenderOpened(String tenderId, String projectId, String callId, String siteCountry, String scope,
        long budgetCeiling, OffsetDateTime bidDeadline, int round, OffsetDateTime openedAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.executor.tender_opened.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }

    public static TenderOpened of(Tender tender, Project project, OffsetDateTime openedAt) {
        return new TenderOpened(tender.id.toString(), tender.projectId, project.callId, project.siteCountry, tender.scope,
                tender.budgetCeiling, tender.bidDeadline, tender.round, openedAt);
    }
}
