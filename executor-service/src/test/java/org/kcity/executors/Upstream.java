package org.kcity.executors;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.kcity.deploy.testing.EventLog;

/** Injects the upstream services' events, built from records shaped like their published schemas. */
public final class Upstream {

    public static final String SELECTION_TOPIC = "kcity.selection";
    public static final String BUDGET_TOPIC = "kcity.budget";

    private Upstream() {
    }

    public record Organization(String organizationId, String name, String kind) {
    }

    public record Partner(String name, String kind) {
    }

    public record ProjectSelected(String projectId, String applicationId, String callId, int year, String track,
            String siteCountry, String region, String city, String title, Organization applicant, Partner partner,
            long requestedSupport, long supportFloor, long supportCap, String score, int rank, boolean promoted,
            OffsetDateTime selectedAt, OffsetDateTime resultPublishedAt) {
    }

    public record SelectionRevoked(String projectId, String applicationId, String callId, String track, String siteCountry,
            String reason, OffsetDateTime revokedAt) {
    }

    public record BudgetLine(String category, String description, long amount) {
    }

    public record BudgetFinalized(String budgetId, String projectId, String callId, String track, long total,
            List<BudgetLine> lines, OffsetDateTime finalizedAt, String dueDate, boolean overdue) {
    }

    public record BudgetAdjusted(String budgetId, String projectId, String callId, String track, long previousTotal,
            long total, List<BudgetLine> lines, String note, OffsetDateTime adjustedAt) {
    }

    public record BudgetCancelled(String budgetId, String projectId, String callId, String track, long releasedAmount,
            String reason, OffsetDateTime cancelledAt) {
    }

    /** Publishes the selection of a new project of {@code track} in {@code country}. */
    public static ProjectSelected projectSelected(String track, String country, int year) {
        ProjectSelected selected = newProject(track, country, year);
        select(selected);
        return selected;
    }

    public static void select(ProjectSelected selected) {
        send(SELECTION_TOPIC, "kcity.selection.project_selected.v1", "/kcity/selection-service", selected.projectId(), selected);
    }

    /** A project of {@code track} in {@code country}; demonstrations are applied for by a Korean company. */
    public static ProjectSelected newProject(String track, String country, int year) {
        String projectId = unique("prj");
        boolean demonstration = "SOLUTION_DEMONSTRATION".equals(track);
        Organization applicant = demonstration
                ? new Organization(unique("kr-co"), "Hanbit Smart Solutions Co., Ltd.", "KOREAN_COMPANY")
                : new Organization(unique("gov"), "Ministry of Construction of " + country, "CENTRAL_GOVERNMENT");
        Partner partner = demonstration ? new Partner("City of Da Nang", "LOCAL_GOVERNMENT") : null;
        return new ProjectSelected(projectId, unique("app"), unique("call"), year, track, country, "Asia",
                "Da Nang", "Smart city project " + projectId, applicant, partner, 500_000_000L, 400_000_000L, 600_000_000L,
                "87.50", 1, false, now(), now());
    }

    public static void selectionRevoked(ProjectSelected project, String reason) {
        send(SELECTION_TOPIC, "kcity.selection.revoked.v1", "/kcity/selection-service", project.projectId(),
                new SelectionRevoked(project.projectId(), project.applicationId(), project.callId(), project.track(),
                        project.siteCountry(), reason, now()));
    }

    public static void budgetFinalized(ProjectSelected project, long total) {
        send(BUDGET_TOPIC, "kcity.budget.finalized.v1", "/kcity/budget-service", project.projectId(),
                new BudgetFinalized(unique("bdg"), project.projectId(), project.callId(), project.track(), total,
                        List.of(new BudgetLine("CONSULTING", "Master plan", total)), now(), "2026-12-31", false));
    }

    public static void budgetAdjusted(ProjectSelected project, long previousTotal, long total) {
        send(BUDGET_TOPIC, "kcity.budget.adjusted.v1", "/kcity/budget-service", project.projectId(),
                new BudgetAdjusted(unique("bdg"), project.projectId(), project.callId(), project.track(), previousTotal, total,
                        List.of(new BudgetLine("DEMONSTRATION_OPERATION", "Pilot operation", total)),
                        "Scope agreed with the company", now()));
    }

    public static void budgetCancelled(ProjectSelected project, String reason) {
        send(BUDGET_TOPIC, "kcity.budget.cancelled.v1", "/kcity/budget-service", project.projectId(),
                new BudgetCancelled(unique("bdg"), project.projectId(), project.callId(), project.track(), 500_000_000L,
                        reason, now()));
    }

    /** Sends {@code data} as a binary-mode CloudEvent with a fresh id. */
    public static void send(String topic, String type, String source, String subject, Object data) {
        EventLog.publish(topic, type, source, subject, data);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
