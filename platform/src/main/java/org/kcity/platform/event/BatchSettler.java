package org.kcity.platform.event;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Settles the records that one poll brought of one partition. They are first applied together, in one transaction,
 * which is what makes a backlog quick to work off. When anything in that transaction fails, it is rolled back as a
 * whole and the records go one at a time through the {@link RecordSettler}, which finds the record at fault and
 * decides its fate (applied, dead-lettered, or waiting with its partition) exactly as if it had come alone.
 *
 * <p>Used by the consumer thread only, like the {@link RecordSettler} it wraps.
 */
final class BatchSettler {

    /** The first {@code settled} records are settled; the next one, if any, waits {@code pause} with its partition. */
    record Outcome(int settled, Duration pause) {
    }

    private static final Logger LOG = Logger.getLogger(BatchSettler.class);

    private final EventApplier applier;
    private final RecordSettler oneAtATime;

    BatchSettler(EventApplier applier, RecordSettler oneAtATime) {
        this.applier = applier;
        this.oneAtATime = oneAtATime;
    }

    /** Settles {@code records}, all of one partition and in their order, as far as they can be settled now. */
    Outcome settle(List<ConsumerRecord<String, byte[]>> records) {
        if (records.size() > 1 && appliedTogether(records)) {
            records.forEach(oneAtATime::applied);
            return new Outcome(records.size(), Duration.ZERO);
        }
        for (int settled = 0; settled < records.size(); settled++) {
            RecordSettler.Verdict verdict = oneAtATime.settle(records.get(settled));
            if (!verdict.settled()) {
                return new Outcome(settled, verdict.pause());
            }
        }
        return new Outcome(records.size(), Duration.ZERO);
    }

    private boolean appliedTogether(List<ConsumerRecord<String, byte[]>> records) {
        try {
            applier.applyAll(records);
            return true;
        } catch (RuntimeException | LinkageError | AssertionError failure) {
            // As in RecordSettler: only the JVM's own errors (out of memory, ...) end the session.
            Failures.rethrowJvmError(failure);
            LOG.debugf("%d records from %s could not be applied together (%s); settling them one at a time",
                    records.size(), DeadLetters.position(records.get(0)), Failures.describe(failure));
            return false;
        }
    }
}
