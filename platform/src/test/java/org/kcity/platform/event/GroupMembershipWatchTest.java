package org.kcity.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberAssignment;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.internals.KafkaFutureImpl;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.TestClock;

/**
 * A consumer that its group's coordinator no longer lists is rebuilt once the limit has passed, and only then; a broker
 * that cannot answer is an outage to wait out, not a lost membership.
 */
class GroupMembershipWatchTest {

    private static final String GROUP = "selection-service";
    private static final String ME = "selection-service-pod-0";
    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final TestClock clock = TestClock.pinnedAt("2026-11-26T12:00:00Z");
    private final ScriptedCoordinator coordinator = new ScriptedCoordinator();
    private final GroupMembershipWatch watch = new GroupMembershipWatch(coordinator, GROUP, ME, INTERVAL, LIMIT, clock);

    @Test
    void a_consumer_the_coordinator_lists_keeps_its_session_however_long_it_runs() {
        for (int second = 0; second < 300; second++) {
            coordinator.answerWith(GroupState.STABLE, ME, "another-instance");
            clock.advance(Duration.ofSeconds(1));
            assertThatCode(watch::check).doesNotThrowAnyException();
        }
        assertThat(coordinator.questions).as("one question per interval").hasSizeBetween(55, 61);
    }

    @Test
    void a_consumer_left_out_of_its_group_ends_its_session_once_the_limit_has_passed_and_not_before() {
        coordinator.answerWith(GroupState.EMPTY);
        for (int second = 1; second <= LIMIT.toSeconds(); second++) {
            clock.advance(Duration.ofSeconds(1));
            assertThatCode(watch::check).as("%d s unlisted", second).doesNotThrowAnyException();
        }
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(watch::check).isInstanceOf(GroupMembershipWatch.OutsideItsGroup.class)
                .hasMessageContaining(GROUP).hasMessageContaining(ME);
    }

    @Test
    void a_group_that_lists_only_other_instances_does_not_count_as_membership() {
        coordinator.answerWith(GroupState.STABLE, "another-instance");
        for (int second = 1; second <= LIMIT.toSeconds(); second++) {
            clock.advance(Duration.ofSeconds(1));
            watch.check();
        }
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(watch::check).isInstanceOf(GroupMembershipWatch.OutsideItsGroup.class);
    }

    @Test
    void being_listed_again_before_the_limit_starts_the_count_anew() {
        coordinator.answerWith(GroupState.EMPTY);
        clock.advance(Duration.ofSeconds(25));
        watch.check();
        coordinator.answerWith(GroupState.PREPARING_REBALANCE, ME);
        clock.advance(Duration.ofSeconds(5));
        watch.check();
        clock.advance(Duration.ofSeconds(1));
        watch.check();
        coordinator.answerWith(GroupState.EMPTY);
        clock.advance(Duration.ofSeconds(25));
        assertThatCode(watch::check).as("25 s since it was last listed").doesNotThrowAnyException();
    }

    @Test
    void a_broker_that_cannot_answer_is_waited_out_however_long_it_is_away() {
        for (int second = 0; second < 300; second++) {
            coordinator.failWith(new TimeoutException("broker away"));
            clock.advance(Duration.ofSeconds(1));
            assertThatCode(watch::check).doesNotThrowAnyException();
        }
    }

    @Test
    void a_question_still_unanswered_is_not_asked_again() {
        coordinator.leaveUnanswered();
        for (int second = 0; second < 20; second++) {
            clock.advance(Duration.ofSeconds(1));
            watch.check();
        }
        assertThat(coordinator.questions).hasSize(1);
    }

    /** Answers every question with what the test set last, at once, or never. */
    private static final class ScriptedCoordinator implements GroupMembershipWatch.Coordinator {

        private final List<KafkaFutureImpl<ConsumerGroupDescription>> questions = new ArrayList<>();
        private ConsumerGroupDescription description;
        private RuntimeException failure;
        private boolean unanswered;

        void answerWith(GroupState state, String... instances) {
            List<MemberDescription> members = new ArrayList<>();
            for (String instance : instances) {
                members.add(new MemberDescription(instance + "-member", Optional.of(instance), "client", "host",
                        new MemberAssignment(Set.of()), Optional.empty(), Optional.empty(), Optional.empty()));
            }
            description = new ConsumerGroupDescription(GROUP, false, members, "range", GroupType.CLASSIC, state, null, Set.of(),
                    Optional.empty(), Optional.empty());
            failure = null;
        }

        void failWith(RuntimeException cause) {
            failure = cause;
        }

        void leaveUnanswered() {
            unanswered = true;
        }

        @Override
        public KafkaFuture<ConsumerGroupDescription> describe(String groupId) {
            assertThat(groupId).isEqualTo(GROUP);
            KafkaFutureImpl<ConsumerGroupDescription> answer = new KafkaFutureImpl<>();
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else if (!unanswered) {
                answer.complete(description);
            }
            questions.add(answer);
            return answer;
        }

        @Override
        public void close() {
        }
    }
}
