-- Calls as announced by CallOpened: the envelope that finalized budgets share, and each track's support range.
CREATE TABLE funded_call (
    call_id    VARCHAR(120) PRIMARY KEY,
    call_year  INTEGER      NOT NULL,
    title      VARCHAR(500) NOT NULL,
    envelope   BIGINT       NOT NULL CHECK (envelope >= 0),
    opened_at  TIMESTAMPTZ  NOT NULL
);

CREATE TABLE funded_call_track (
    call_id       VARCHAR(120) NOT NULL REFERENCES funded_call (call_id),
    track         VARCHAR(40)  NOT NULL,
    quota         INTEGER      NOT NULL,
    support_floor BIGINT       NOT NULL,
    support_cap   BIGINT       NOT NULL,
    PRIMARY KEY (call_id, track)
);

-- One support budget per selected project. The call is not a foreign key: a project may be selected
-- before this service has seen its call (events of different topics are not ordered).
CREATE TABLE budget (
    id                  UUID          PRIMARY KEY,
    project_id          VARCHAR(120)  NOT NULL UNIQUE,
    application_id      VARCHAR(120)  NOT NULL,
    call_id             VARCHAR(120)  NOT NULL,
    track               VARCHAR(40)   NOT NULL,
    site_country        VARCHAR(2)    NOT NULL,
    city                VARCHAR(200)  NOT NULL,
    title               VARCHAR(500)  NOT NULL,
    applicant_name      VARCHAR(300)  NOT NULL,
    requested_support   BIGINT        NOT NULL,
    support_floor       BIGINT        NOT NULL,
    support_cap         BIGINT        NOT NULL,
    promoted            BOOLEAN       NOT NULL,
    replaces_project_id VARCHAR(120),
    result_published_at TIMESTAMPTZ   NOT NULL,
    due_date            DATE          NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    total               BIGINT        NOT NULL CHECK (total >= 0),
    finalized_total     BIGINT,
    finalized_at        TIMESTAMPTZ,
    overdue             BOOLEAN       NOT NULL,
    adjusted_at         TIMESTAMPTZ,
    adjustment_note     VARCHAR(2000),
    cancelled_at        TIMESTAMPTZ,
    cancellation_reason VARCHAR(2000),
    created_at          TIMESTAMPTZ   NOT NULL,
    version             BIGINT        NOT NULL
);
CREATE INDEX budget_by_call ON budget (call_id, state, track);
CREATE INDEX budget_open_by_due_date ON budget (due_date) WHERE state = 'DRAFT';

CREATE TABLE budget_line (
    budget_id   UUID         NOT NULL REFERENCES budget (id),
    line_no     INTEGER      NOT NULL,
    category    VARCHAR(40)  NOT NULL,
    description VARCHAR(500) NOT NULL,
    amount      BIGINT       NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (budget_id, line_no)
);
