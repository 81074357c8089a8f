package org.kcity.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcity.budget.Program.PLANNING;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class EnvelopeRaceTest {

    private static final int BUDGETS = 10;
    private static final long EACH = 250_000_000L;
    private static final long ENVELOPE = 1_000_000_000L;

    @Test
    void concurrent_finalizations_against_a_tight_envelope_commit_exactly_what_fits() throws Exception {
        String callId = Program.openCall(ENVELOPE);
        List<JsonPath> drafts = IntStream.range(0, BUDGETS)
                .mapToObj(n -> Program.draftOf(Program.selectedNow(callId, PLANNING, EACH))).toList();

        List<Response> answers = finalizeAllAtOnce(drafts);

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        long fitting = ENVELOPE / EACH;
        assertThat(statuses).filteredOn(status -> status == 200).hasSize((int) fitting);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(BUDGETS - (int) fitting);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409)
                .allSatisfy(answer -> assertThat(answer.jsonPath().getString("errors[0].code")).isEqualTo("ENVELOPE_EXCEEDED"));
        JsonPath envelope = Program.envelopeOf(callId);
        assertThat(envelope.getLong("committed")).isEqualTo(fitting * EACH).isLessThanOrEqualTo(ENVELOPE);
        assertThat(envelope.getLong("free")).isZero();
        JsonPath finalized = Program.officer().queryParam("callId", callId).queryParam("state", "FINALIZED")
                .get(Program.BUDGETS).then().statusCode(200).extract().jsonPath();
        assertThat(finalized.getInt("totalItems")).isEqualTo((int) fitting);
        assertThat(finalized.getList("items.total", Long.class).stream().mapToLong(Long::longValue).sum())
                .isLessThanOrEqualTo(ENVELOPE);
    }

    /** Every officer presses "finalize" at the same moment. */
    private static List<Response> finalizeAllAtOnce(List<JsonPath> drafts) throws Exception {
        ExecutorService officers = Executors.newFixedThreadPool(drafts.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> pending = new ArrayList<>();
            for (JsonPath draft : drafts) {
                pending.add(officers.submit(() -> {
                    go.await();
                    return Program.finalize(draft);
                }));
            }
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            officers.shutdownNow();
        }
    }
}
