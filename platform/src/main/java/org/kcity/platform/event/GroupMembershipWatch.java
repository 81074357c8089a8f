package org.kcity.platform.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DescribeConsumerGroupsOptions;
import org.apache.kafka.common.KafkaFuture;

/**
 * Asks the group coordinator, every {@code interval}, whether it counts this consumer among its group's members. A
 * client can go on polling without being in its group: after a broker crash one was seen doing so for minutes while
 * its group stood empty, so that nothing was consumed and nothing reported it. When the coordinator has not listed the
 * consumer for longer than {@code limit}, {@link #check} ends the session, and the supervisor rebuilds the client.
 *
 * <p>An unanswered question (the broker away) counts as listed: an outage is waited out, not treated as a lost
 * membership. The question is asked without blocking; its answer is read at a later poll.
 */
final class GroupMembershipWatch implements AutoCloseable {

    /** The coordinator's view of a group, as the admin client describes it. */
    interface Coordinator extends AutoCloseable {

        KafkaFuture<ConsumerGroupDescription> describe(String groupId);

        @Override
        void close();
    }

    /** The coordinator has not listed the consumer for longer than the limit. */
    static final class OutsideItsGroup extends IllegalStateException {

        OutsideItsGroup(String message) {
            super(message);
        }
    }

    private final Coordinator coordinator;
    private final String groupId;
    private final String instanceId;
    private final Duration interval;
    private final Duration limit;
    private final Clock clock;
    private Instant lastListed;
    private Instant nextQuestion;
    private KafkaFuture<ConsumerGroupDescription> answer;

    GroupMembershipWatch(Coordinator coordinator, String groupId, String instanceId, Duration interval, Duration limit,
            Clock clock) {
        this.coordinator = coordinator;
        this.groupId = groupId;
        this.instanceId = instanceId;
        this.interval = interval;
        this.limit = limit;
        this.clock = clock;
        this.lastListed = clock.instant();
        this.nextQuestion = lastListed.plus(interval);
    }

    /**
     * A watch over the static member {@code instanceId} of {@code groupId}: asked every half session timeout, and
     * three session timeouts without being listed end the session. A join takes seconds, and a member that waits in a
     * rebalance is already listed.
     */
    static GroupMembershipWatch over(KafkaClients clients, String groupId, String instanceId, Duration sessionTimeout) {
        Admin admin = Admin.create(clients.common("membership-watch"));
        DescribeConsumerGroupsOptions options = new DescribeConsumerGroupsOptions()
                .timeoutMs((int) sessionTimeout.toMillis());
        Coordinator coordinator = new Coordinator() {
            @Override
            public KafkaFuture<ConsumerGroupDescription> describe(String group) {
                return admin.describeConsumerGroups(List.of(group), options).describedGroups().get(group);
            }

            @Override
            public void close() {
                admin.close(Duration.ofSeconds(1));
            }
        };
        return new GroupMembershipWatch(coordinator, groupId, instanceId, sessionTimeout.dividedBy(2),
                sessionTimeout.multipliedBy(3), Clock.systemUTC());
    }

    /** Called after every poll: reads an answer that came, asks again when due, and ends a session gone on too long. */
    void check() {
        Instant now = clock.instant();
        if (answer != null && answer.isDone()) {
            if (listsThisConsumer(answer)) {
                lastListed = now;
            }
            answer = null;
        }
        if (answer == null && !now.isBefore(nextQuestion)) {
            answer = coordinator.describe(groupId);
            nextQuestion = now.plus(interval);
        }
        if (Duration.between(lastListed, now).compareTo(limit) > 0) {
            throw new OutsideItsGroup("The coordinator of group " + groupId + " has not listed " + instanceId
                    + " among its members for " + Duration.between(lastListed, now).toSeconds() + " s");
        }
    }

    private boolean listsThisConsumer(KafkaFuture<ConsumerGroupDescription> done) {
        try {
            return done.get().members().stream()
                    .anyMatch(member -> member.groupInstanceId().equals(Optional.of(instanceId)));
        } catch (ExecutionException unanswered) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Override
    public void close() {
        coordinator.close();
    }
}
