package org.kcity.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultAudienceTest {

    @Test
    void the_public_sees_no_reserve() {
        assertThat(ResultAudience.PUBLIC.seesReserves()).isFalse();
        assertThat(ResultAudience.PUBLIC.seesReserveOf("gov-gh")).isFalse();
    }

    @Test
    void program_officers_see_every_reserve() {
        assertThat(ResultAudience.PROGRAM_OFFICERS.seesReserves()).isTrue();
        assertThat(ResultAudience.PROGRAM_OFFICERS.seesReserveOf("gov-gh")).isTrue();
        assertThat(ResultAudience.PROGRAM_OFFICERS.seesReserveOf("gov-ke")).isTrue();
    }

    @Test
    void an_applicant_sees_its_own_reserves_only() {
        ResultAudience applicant = ResultAudience.applicant("gov-gh");

        assertThat(applicant.seesReserves()).isTrue();
        assertThat(applicant.seesReserveOf("gov-gh")).isTrue();
        assertThat(applicant.seesReserveOf("gov-ke")).isFalse();
    }

    @Test
    void only_an_applicant_reads_as_an_organization() {
        assertThatThrownBy(() -> new ResultAudience(ResultAudience.Kind.PROGRAM_OFFICER, "molit"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResultAudience(ResultAudience.Kind.APPLICANT, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
