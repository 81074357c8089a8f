-- Shared mechanics of every K-City service: each service's Flyway applies these in its own database.

-- Transactional outbox: written in the same transaction as the state change it reports.
CREATE TABLE outbox_event (
    sequence     BIGSERIAL    PRIMARY KEY,
    id           UUID         NOT NULL UNIQUE,
    type         VARCHAR(120) NOT NULL,
    subject      VARCHAR(120) NOT NULL,
    topic        VARCHAR(120) NOT NULL,
    payload      JSONB        NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_event_pending ON outbox_event (sequence) WHERE published_at IS NULL;

-- Inbox: the ids of consumed events, recorded in the transaction that applied them.
CREATE TABLE inbox_event (
    event_id     VARCHAR(120) PRIMARY KEY,
    type         VARCHAR(120) NOT NULL,
    source       VARCHAR(250) NOT NULL,
    topic        VARCHAR(120) NOT NULL,
    partition_no INTEGER      NOT NULL,
    record_offset BIGINT      NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL
);

-- Audit trail: who did what to which aggregate, when.
CREATE TABLE audit_entry (
    id          BIGSERIAL    PRIMARY KEY,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(120) NOT NULL,
    action      VARCHAR(80)  NOT NULL,
    target_type VARCHAR(60)  NOT NULL,
    target_id   VARCHAR(120) NOT NULL,
    details     JSONB
);
CREATE INDEX audit_entry_target ON audit_entry (target_type, target_id, id);

-- Idempotency keys: the first answer to a retried request, replayed for the same key and body.
CREATE TABLE idempotency_record (
    scope           VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    response_status INTEGER      NOT NULL,
    response_body   TEXT,
    response_location VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
