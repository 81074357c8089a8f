-- Dead letters: incoming events that can never be applied as they are (unreadable, invalid, or waiting for a fact
-- that never came). Held until an operator replays them after a fix, or discards one that must never be applied;
-- the record is stored whole so that a replay needs nothing from the broker, and rows are never deleted.
CREATE TABLE dead_letter (
    id               BIGSERIAL    PRIMARY KEY,
    topic            VARCHAR(250) NOT NULL,
    partition_no     INTEGER      NOT NULL,
    record_offset    BIGINT       NOT NULL,
    event_id         VARCHAR(250),
    type             VARCHAR(250),
    subject          VARCHAR(250),
    record_key       TEXT,
    headers          JSONB        NOT NULL,
    payload          BYTEA,
    error            TEXT         NOT NULL,
    attempts         INTEGER      NOT NULL,
    first_attempt_at TIMESTAMPTZ  NOT NULL,
    last_attempt_at  TIMESTAMPTZ  NOT NULL,
    replayed_at      TIMESTAMPTZ,
    discarded_at     TIMESTAMPTZ,
    discarded_by     VARCHAR(250),
    UNIQUE (topic, partition_no, record_offset)
);
CREATE INDEX dead_letter_held ON dead_letter (id) WHERE replayed_at IS NULL AND discarded_at IS NULL;
