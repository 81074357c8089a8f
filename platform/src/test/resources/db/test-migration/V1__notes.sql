CREATE TABLE note (
    id      VARCHAR(60) PRIMARY KEY,
    text    VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL
);
-- What the consuming side applied: one row per application of an event, to count duplicates.
CREATE TABLE received_note (
    id       BIGSERIAL PRIMARY KEY,
    note_id  VARCHAR(60) NOT NULL,
    text     VARCHAR(200) NOT NULL,
    event_id VARCHAR(120) NOT NULL
);
