package org.kcity.executors.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;

/** A tender's bids are sealed until its current round's deadline, for everyone but each bidder. */
class SealedBidsTest {

    private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 9, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime DEADLINE = OPENED.plusDays(14);

    @Test
    void bids_are_sealed_until_the_deadline_and_unsealed_from_it() {
        Tender tender = openTender();

        assertThat(tender.sealsBids(DEADLINE.minusSeconds(1))).isTrue();
        assertThat(tender.sealsBids(DEADLINE)).isFalse();
        assertThatCode(() -> tender.requireBidsUnsealed(DEADLINE.plusDays(1))).doesNotThrowAnyException();
    }

    @Test
    void reading_sealed_bids_is_a_conflict_until_the_deadline() {
        Tender tender = openTender();

        assertThatThrownBy(() -> tender.requireBidsUnsealed(DEADLINE.minusMinutes(1)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.toProblem("/").errors()).extracting(Problem.Violation::code)
                            .containsExactly("BIDDING_STILL_OPEN");
                });
    }

    @Test
    void a_tender_cancelled_before_its_deadline_keeps_its_bids_sealed_until_then() {
        Tender tender = openTender();
        tender.cancel(OPENED.plusDays(1));

        assertThat(tender.sealsBids(OPENED.plusDays(2))).isTrue();
        assertThat(tender.sealsBids(DEADLINE)).isFalse();
    }

    @Test
    void a_draft_has_no_sealed_bids() {
        assertThat(Tender.draft("prj-vn", 500_000_000L, OPENED).sealsBids(OPENED)).isFalse();
    }

    private static Tender openTender() {
        Tender tender = Tender.draft("prj-vn", 500_000_000L, OPENED);
        tender.open("Master plan agreed with the host government", DEADLINE, OPENED, "officer");
        return tender;
    }
}
