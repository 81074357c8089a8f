package org.kcity.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A call and its candidates start as intake announced them, and a candidate's screening follows its own rules. */
class CandidateTest {

    private static final OffsetDateTime SUBMITTED_AT = OffsetDateTime.parse("2026-04-01T00:00:00Z");

    @Test
    void a_submitted_candidate_competes_with_what_intake_announced() {
        Candidate candidate = submitted(new Candidate.Partner("K-Mobility Co.", OrganizationKind.KOREAN_COMPANY));

        assertThat(candidate.status).isEqualTo(CandidateStatus.SUBMITTED);
        assertThat(candidate.status.inCompetition()).isTrue();
        assertThat(candidate.applicantOrganizationId).isEqualTo("gov-vn");
        assertThat(candidate.hasPartner()).isTrue();
        assertThat(candidate.partnerKind).isEqualTo(OrganizationKind.KOREAN_COMPANY);
        assertThat(candidate.submittedAt).isEqualTo(SUBMITTED_AT);
    }

    @Test
    void a_candidate_without_a_partner_has_none() {
        assertThat(submitted(null).hasPartner()).isFalse();
    }

    @Test
    void screening_out_keeps_its_reason_and_screening_in_none() {
        Candidate out = submitted(null);
        Candidate in = submitted(null);

        out.screen(CandidateStatus.SCREENED_OUT, "Site outside the eligible countries");
        in.screen(CandidateStatus.SCREENED_IN, "ignored");

        assertThat(out.status).isEqualTo(CandidateStatus.SCREENED_OUT);
        assertThat(out.statusReason).isEqualTo("Site outside the eligible countries");
        assertThat(in.status).isEqualTo(CandidateStatus.SCREENED_IN);
        assertThat(in.statusReason).isNull();
    }

    @Test
    void a_withdrawn_candidate_stays_withdrawn_and_only_screening_outcomes_screen() {
        Candidate candidate = submitted(null);
        candidate.withdraw();

        candidate.screen(CandidateStatus.SCREENED_IN, null);

        assertThat(candidate.status).isEqualTo(CandidateStatus.WITHDRAWN);
        assertThatThrownBy(() -> submitted(null).screen(CandidateStatus.WITHDRAWN, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_opened_call_has_its_settings_and_is_neither_closed_nor_published() {
        Call call = Call.opened("call-1", 2026, "K-City Network 2026", new BigDecimal("70"), 3, true,
                List.of(new TrackSetting(Track.URBAN_DEVELOPMENT, 4, 400_000_000L, 600_000_000L)),
                List.of(new Criterion("FEASIBILITY", "Feasibility", 100)), List.of("ASEAN"), SUBMITTED_AT);

        assertThat(call.track(Track.URBAN_DEVELOPMENT)).hasValueSatisfying(track -> assertThat(track.quota).isEqualTo(4));
        assertThat(call.track(Track.SOLUTION_PLANNING)).isEmpty();
        assertThat(call.regions).containsExactly("ASEAN");
        assertThat(call.isClosed()).isFalse();
        assertThat(call.isPublished()).isFalse();
    }

    private static Candidate submitted(Candidate.Partner partner) {
        return Candidate.submitted("app-1", "call-1", Track.URBAN_DEVELOPMENT, "VN", "ASEAN", "Hanoi", "Smart traffic",
                "Adaptive signals", new Candidate.Applicant("gov-vn", "Hanoi People's Committee", OrganizationKind.LOCAL_GOVERNMENT),
                partner, 500_000_000L, SUBMITTED_AT);
    }
}
