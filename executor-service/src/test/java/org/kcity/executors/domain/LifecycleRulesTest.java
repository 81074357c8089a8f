package org.kcity.executors.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;

/** A tender and a project change state only along their own rules, whoever asks. */
class LifecycleRulesTest {

    private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 9, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime DEADLINE = OPENED.plusDays(14);

    @Test
    void a_draft_or_open_tender_is_cancelled_and_keeps_when() {
        Tender draft = Tender.draft("prj-vn", 500_000_000L, OPENED);
        Tender open = openTender();

        draft.cancel(OPENED.plusDays(1));
        open.cancel(OPENED.plusDays(2));

        assertThat(draft.status).isEqualTo(TenderStatus.CANCELLED);
        assertThat(draft.cancelledAt).isEqualTo(OPENED.plusDays(1));
        assertThat(open.status).isEqualTo(TenderStatus.CANCELLED);
    }

    @Test
    void a_decided_tender_refuses_to_be_cancelled() {
        Tender awarded = openTender();
        awarded.award(UUID.randomUUID(), DEADLINE.plusDays(1));
        Tender cancelled = openTender();
        cancelled.cancel(OPENED.plusDays(1));

        assertConflict(() -> awarded.cancel(DEADLINE.plusDays(2)), "TENDER_DECIDED");
        assertConflict(() -> cancelled.cancel(OPENED.plusDays(2)), "TENDER_DECIDED");
        assertThat(awarded.status).isEqualTo(TenderStatus.AWARDED);
        assertThat(cancelled.cancelledAt).isEqualTo(OPENED.plusDays(1));
    }

    @Test
    void only_a_draft_tender_opens_and_only_a_closed_round_is_awarded() {
        Tender open = openTender();

        assertConflict(() -> open.open("Another scope", DEADLINE.plusDays(7), OPENED, "officer"), "TENDER_NOT_DRAFT");
        assertConflict(() -> open.award(UUID.randomUUID(), DEADLINE.minusMinutes(1)), "BIDDING_STILL_OPEN");
        assertConflict(() -> Tender.draft("prj-vn", 1L, OPENED).award(UUID.randomUUID(), DEADLINE), "TENDER_NOT_OPEN");
    }

    @Test
    void a_project_is_cancelled_until_it_commences() {
        Project waiting = project();
        Project scheduled = project();
        scheduled.appoint(executor(), 450_000_000L, AppointmentMethod.TENDER, OPENED, OPENED.toLocalDate());

        waiting.cancel("Budget cancelled", OPENED);
        scheduled.cancel("Selection revoked", OPENED);

        assertThat(waiting.status).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(waiting.cancellationReason).isEqualTo("Budget cancelled");
        assertThat(scheduled.status).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(scheduled.cancelledAt).isEqualTo(OPENED);
    }

    @Test
    void a_commenced_or_cancelled_project_refuses_to_be_cancelled() {
        Project commenced = project();
        commenced.status = ProjectStatus.COMMENCED;
        Project cancelled = project();
        cancelled.cancel("Budget cancelled", OPENED);

        assertConflict(() -> commenced.cancel("Selection revoked", OPENED), "PROJECT_NOT_CANCELLABLE");
        assertConflict(() -> cancelled.cancel("Again", OPENED.plusDays(1)), "PROJECT_NOT_CANCELLABLE");
        assertThat(commenced.status).isEqualTo(ProjectStatus.COMMENCED);
        assertThat(cancelled.cancellationReason).isEqualTo("Budget cancelled");
    }

    @Test
    void only_a_project_awaiting_its_executor_is_appointed() {
        Project cancelled = project();
        cancelled.cancel("Budget cancelled", OPENED);

        assertConflict(() -> cancelled.appoint(executor(), 1L, AppointmentMethod.TENDER, OPENED, OPENED.toLocalDate()),
                "EXECUTOR_NOT_AWAITED");
    }

    private static Tender openTender() {
        Tender tender = Tender.draft("prj-vn", 500_000_000L, OPENED);
        tender.open("Master plan agreed with the host government", DEADLINE, OPENED, "officer");
        return tender;
    }

    private static Project project() {
        return Project.selected("prj-vn", "call-2026", 2026, Track.SOLUTION_PLANNING, "VN", "Smart traffic plan",
                "org-kr", "K-Planning Co.", OPENED.minusMonths(2));
    }

    private static Executor executor() {
        return new Executor("org-kr", "K-Planning Co.", "110-81-12345", List.of());
    }

    private static void assertConflict(Runnable change, String code) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.toProblem("/").errors()).extracting(Problem.Violation::code).containsExactly(code);
        });
    }
}
