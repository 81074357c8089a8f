package org.kcity.executors.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;

/** The host country's official on a committee is verified by the token it scores with, and the award reads the score. */
class HostOfficialScoresTest {

    private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 9, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime AFTER_THE_DEADLINE = OPENED.plusDays(15);
    private static final String HOST = "NP";

    private final Tender tender = openTender();
    private final CommitteeMember official = member("np-official", MemberKind.OVERSEAS_OFFICIAL, HOST);
    private final CommitteeMember expert = member("expert", MemberKind.EXPERT, null);

    @Test
    void an_official_scoring_with_an_overseas_official_token_of_its_country_scores_as_the_verified_host_official() {
        Scorer scorer = official.scoringWith(new Credentials("np-official", true, HOST), HOST);

        assertThat(scorer).isEqualTo(new Scorer("np-official", true));
    }

    @Test
    void an_official_scoring_with_a_token_of_another_country_is_refused() {
        assertRefusedAsUnverified(() -> official.scoringWith(new Credentials("np-official", true, "TH"), HOST),
                "this token names country TH");
    }

    @Test
    void an_official_scoring_with_a_token_without_the_official_role_is_refused() {
        assertRefusedAsUnverified(() -> official.scoringWith(new Credentials("np-official", false, HOST), HOST),
                "this token has no overseas-official role");
    }

    @Test
    void an_expert_never_scores_as_the_host_official_even_with_an_officials_token() {
        assertThat(expert.scoringWith(new Credentials("expert", true, HOST), HOST).verifiedHostOfficial()).isFalse();
        assertThat(expert.scoringWith(new Credentials("expert", false, "KR"), HOST).verifiedHostOfficial()).isFalse();
    }

    @Test
    void the_tender_refuses_a_scorer_who_does_not_sit_on_its_committee() {
        tender.addMember(official, HOST, List.of());

        assertThat(tender.scorer(new Credentials("np-official", true, HOST), HOST).verifiedHostOfficial()).isTrue();
        assertThatThrownBy(() -> tender.scorer(new Credentials("stranger", true, HOST), HOST))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(403));
    }

    @Test
    void a_score_remembers_whether_the_verified_host_official_gave_it_and_scoring_again_replaces_both() {
        Bid bid = bid("kr-alpha");
        bid.score(new Scorer("np-official", false), 60, AFTER_THE_DEADLINE);
        bid.score(new Scorer("np-official", true), 70, AFTER_THE_DEADLINE.plusMinutes(1));

        assertThat(bid.technicalScores).singleElement().satisfies(score -> {
            assertThat(score.score).isEqualTo(70);
            assertThat(score.byVerifiedHostOfficial).isTrue();
        });
    }

    @Test
    void the_award_needs_on_every_bid_a_score_the_verified_host_official_gave() {
        tender.addMember(official, HOST, List.of());
        tender.addMember(expert, HOST, List.of());
        Bid verified = bid("kr-alpha");
        Bid unverified = bid("kr-beta");
        for (Bid bid : List.of(verified, unverified)) {
            bid.score(new Scorer("expert", false), 70, AFTER_THE_DEADLINE);
        }
        verified.score(new Scorer("np-official", true), 65, AFTER_THE_DEADLINE);
        // e.g. recorded before officials were verified (migration V2): every member scored, yet it does not count
        unverified.score(new Scorer("np-official", false), 65, AFTER_THE_DEADLINE);

        assertThat(tender.scoresMissing(List.of(verified, unverified), HOST)).extracting(Problem.Violation::code)
                .containsExactly("HOST_OFFICIAL_SCORE_MISSING");
        assertThat(tender.scoresMissing(List.of(verified, unverified), HOST).get(0).message()).contains(unverified.id.toString());

        unverified.score(new Scorer("np-official", true), 65, AFTER_THE_DEADLINE.plusMinutes(5));
        assertThat(tender.scoresMissing(List.of(verified, unverified), HOST)).isEmpty();
    }

    @Test
    void a_removed_officials_scores_no_longer_count_for_the_award() {
        tender.addMember(official, HOST, List.of());
        tender.addMember(expert, HOST, List.of());
        Bid bid = bid("kr-alpha");
        bid.score(new Scorer("np-official", true), 65, AFTER_THE_DEADLINE);
        bid.score(new Scorer("expert", false), 70, AFTER_THE_DEADLINE);
        tender.removeMember("np-official");

        assertThat(tender.scoresMissing(List.of(bid), HOST)).extracting(Problem.Violation::code)
                .containsExactly("HOST_OFFICIAL_SCORE_MISSING");
    }

    @Test
    void every_members_score_of_every_bid_is_still_needed() {
        tender.addMember(official, HOST, List.of());
        tender.addMember(expert, HOST, List.of());
        Bid bid = bid("kr-alpha");
        bid.score(new Scorer("np-official", true), 65, AFTER_THE_DEADLINE);

        assertThat(tender.scoresMissing(List.of(bid), HOST)).extracting(Problem.Violation::code).containsExactly("SCORE_MISSING");
    }

    private static void assertRefusedAsUnverified(Runnable scoring, String why) {
        assertThatThrownBy(scoring::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(403);
            assertThat(problem.getMessage()).contains("as an official of NP", why);
            assertThat(problem.toProblem("/").errors()).extracting(Problem.Violation::code)
                    .containsExactly("OFFICIAL_NOT_VERIFIED");
        });
    }

    private Bid bid(String organization) {
        return Bid.submit(tender, organization, new Bid.Offer(organization + " Co.", "123-45-67890", List.of(), "Master plan",
                400_000_000L), organization + "-bidder", OPENED.plusHours(1));
    }

    private static CommitteeMember member(String subject, MemberKind kind, String country) {
        return new CommitteeMember(subject, "Member " + subject, kind, country, OPENED);
    }

    private static Tender openTender() {
        Tender tender = Tender.draft("prj-np", 500_000_000L, OPENED);
        tender.open("Master plan agreed with the host government", OPENED.plusDays(14), OPENED, "officer");
        return tender;
    }
}
