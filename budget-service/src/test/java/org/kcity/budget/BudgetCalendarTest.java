package org.kcity.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.kcity.budget.Program.BUDGETS;
import static org.kcity.budget.Program.PLANNING;
import static org.kcity.budget.Program.URBAN;
import static org.kcity.budget.Program.officer;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.TestClock;
import org.kcity.platform.time.ProgramClock;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Due dates and lateness are days of the program's calendar (Asia/Seoul), not of UTC. */
@QuarkusTest
class BudgetCalendarTest {

    @Inject
    ProgramClock programClock;

    @Test
    void a_result_published_on_the_evening_of_30_june_utc_is_due_at_the_end_of_july_in_seoul() {
        String callId = Program.openCall(5_000_000_000L);

        JsonPath draft = Program.draftOf(Program.selected(callId, URBAN, 500_000_000L,
                OffsetDateTime.parse("2026-06-30T16:00:00Z")));

        assertThat(draft.getString("dueDate")).isEqualTo("2026-07-31");
    }

    @Test
    void a_promoted_reserve_is_due_at_the_end_of_the_month_of_its_promotion() {
        String callId = Program.openCall(5_000_000_000L);
        OffsetDateTime publishedInMay = OffsetDateTime.parse("2026-05-20T01:00:00Z");
        UpstreamEvents.ProjectSelected revoked = Program.selected(callId, PLANNING, 250_000_000L, publishedInMay);
        UpstreamEvents.ProjectSelected reserve = Program.selected(callId, PLANNING, 280_000_000L, publishedInMay);

        JsonPath promoted = Program.draftOf(Program.promoted(reserve, revoked, OffsetDateTime.parse("2026-07-10T02:00:00Z")));

        assertThat(promoted.getBoolean("promoted")).isTrue();
        assertThat(promoted.getString("dueDate")).isEqualTo("2026-07-31");
    }

    @Test
    void a_draft_is_overdue_from_the_first_day_after_its_due_date_in_seoul_though_utc_is_still_on_the_due_date() {
        String callId = Program.openCall(5_000_000_000L);
        JsonPath draft = Program.draftOf(Program.selected(callId, URBAN, 500_000_000L,
                OffsetDateTime.parse("2026-06-10T03:00:00Z")));
        assertThat(draft.getString("dueDate")).isEqualTo("2026-06-30");

        QuarkusMock.installMockForType(programClock.readingFrom(TestClock.pinnedAt("2026-06-30T15:30:00Z")), ProgramClock.class);

        officer().queryParam("callId", callId).get(BUDGETS + "/overdue-drafts").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].budgetId", equalTo(draft.getString("budgetId")))
                .body("items[0].overdue", equalTo(true));
        Program.finalize(draft).then().statusCode(200).body("overdue", equalTo(true))
                .body("finalizedAt", equalTo("2026-06-30T15:30:00Z"));
    }
}
