-- Projects as this service knows them: a copy of ProjectSelected plus the appointment and start.
CREATE TABLE project (
    id                        VARCHAR(120) PRIMARY KEY,
    call_id                   VARCHAR(120) NOT NULL,
    call_year                 INTEGER      NOT NULL,
    track                     VARCHAR(40)  NOT NULL,
    site_country              VARCHAR(2)   NOT NULL,
    title                     VARCHAR(500) NOT NULL,
    applicant_organization_id VARCHAR(120) NOT NULL,
    applicant_name            VARCHAR(300) NOT NULL,
    selected_at               TIMESTAMPTZ  NOT NULL,
    status                    VARCHAR(30)  NOT NULL,
    executor_organization_id  VARCHAR(120),
    executor_name             VARCHAR(300),
    contract_amount           BIGINT,
    appointment_method        VARCHAR(40),
    appointed_at              TIMESTAMPTZ,
    start_date                DATE,
    commenced_at              TIMESTAMPTZ,
    cancelled_at              TIMESTAMPTZ,
    cancellation_reason       VARCHAR(500),
    version                   BIGINT       NOT NULL
);
-- The commencement scheduler looks for scheduled projects whose start date came.
CREATE INDEX project_due_to_commence ON project (start_date) WHERE status = 'SCHEDULED';

CREATE TABLE tender (
    id             UUID         PRIMARY KEY,
    project_id     VARCHAR(120) NOT NULL UNIQUE REFERENCES project (id),
    status         VARCHAR(20)  NOT NULL,
    budget_ceiling BIGINT       NOT NULL,
    scope          TEXT,
    bid_deadline   TIMESTAMPTZ,
    round          INTEGER      NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    awarded_bid_id UUID,
    awarded_at     TIMESTAMPTZ,
    cancelled_at   TIMESTAMPTZ,
    version        BIGINT       NOT NULL
);

-- Every round of a tender (round 1 = opening, later rounds = re-tenders), kept as history.
CREATE TABLE tender_round (
    tender_id    UUID         NOT NULL REFERENCES tender (id),
    round_no     INTEGER      NOT NULL,
    bid_deadline TIMESTAMPTZ  NOT NULL,
    opened_at    TIMESTAMPTZ  NOT NULL,
    opened_by    VARCHAR(120) NOT NULL,
    PRIMARY KEY (tender_id, round_no)
);

CREATE TABLE committee_member (
    tender_id UUID         NOT NULL REFERENCES tender (id),
    subject   VARCHAR(120) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    kind      VARCHAR(30)  NOT NULL,
    country   VARCHAR(2),
    added_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tender_id, subject)
);

CREATE TABLE bid (
    id                     UUID         PRIMARY KEY,
    tender_id              UUID         NOT NULL REFERENCES tender (id),
    round                  INTEGER      NOT NULL,
    bidder_organization_id VARCHAR(120) NOT NULL,
    company_name           VARCHAR(300) NOT NULL,
    registration_number    VARCHAR(20)  NOT NULL,
    consortium_members     JSONB        NOT NULL,
    technical_proposal     TEXT         NOT NULL,
    price                  BIGINT       NOT NULL,
    submitted_at           TIMESTAMPTZ  NOT NULL,
    revised_at             TIMESTAMPTZ,
    submitted_by           VARCHAR(120) NOT NULL,
    version                BIGINT       NOT NULL,
    UNIQUE (tender_id, bidder_organization_id)
);

CREATE TABLE technical_score (
    bid_id         UUID         NOT NULL REFERENCES bid (id),
    member_subject VARCHAR(120) NOT NULL,
    score          INTEGER      NOT NULL CHECK (score BETWEEN 0 AND 80),
    scored_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (bid_id, member_subject)
);

-- Conflicts of interest a (potential) committee member declared with a bidding organization.
CREATE TABLE conflict_declaration (
    id              BIGSERIAL    PRIMARY KEY,
    declarant       VARCHAR(120) NOT NULL,
    organization_id VARCHAR(120) NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    declared_at     TIMESTAMPTZ  NOT NULL,
    UNIQUE (declarant, organization_id)
);
