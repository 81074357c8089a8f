package org.kcity.executors.event;

import java.time.OffsetDateTime;

import org.kcity.executors.domain.Tender;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.executor.tender_reopened.v1}: a tender without a valid bid takes bids for another round. Subject: project id. */
public record TenderReopened(String tenderId, String projectId, int round, OffsetDateTime previousDeadline,
        OffsetDateTime bidDeadline, String reason, OffsetDateTime reopenedAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.executor.tender_reopened.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }

    public static TenderReopened of(Tender tender, OffsetDateTime previousDeadline, String reason, OffsetDateTime reopenedAt) {
        return new TenderReopened(tender.id.toString(), tender.projectId, tender.round, previousDeadline, tender.bidDeadline,
                reason, reopenedAt);
    }
}
