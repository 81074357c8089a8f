-- Intake: calls for entries and the applications submitted to them.

CREATE TABLE program_call (
    id                          VARCHAR(36)  PRIMARY KEY,
    version                     BIGINT       NOT NULL,
    status                      VARCHAR(20)  NOT NULL,
    year                        INTEGER      NOT NULL,
    title                       VARCHAR(300) NOT NULL,
    tracks                      JSONB        NOT NULL,
    criteria                    JSONB        NOT NULL,
    opens_at                    TIMESTAMPTZ  NOT NULL,
    closes_at                   TIMESTAMPTZ  NOT NULL,
    envelope                    BIGINT       NOT NULL,
    passing_score               NUMERIC(5,2) NOT NULL,
    evaluations_per_application INTEGER      NOT NULL,
    one_per_country             BOOLEAN      NOT NULL,
    region_groups               JSONB        NOT NULL,
    created_at                  TIMESTAMPTZ  NOT NULL,
    opened_at                   TIMESTAMPTZ,
    closed_at                   TIMESTAMPTZ,
    closed_by                   VARCHAR(20)
);
-- The scheduler's question on every run: which open calls are due to close?
CREATE INDEX program_call_due ON program_call (closes_at) WHERE status = 'OPEN';

CREATE TABLE application (
    id                VARCHAR(36)   PRIMARY KEY,
    version           BIGINT        NOT NULL,
    call_id           VARCHAR(36)   NOT NULL REFERENCES program_call (id),
    organization_id   VARCHAR(120)  NOT NULL,
    track             VARCHAR(30)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    site_country      VARCHAR(2)    NOT NULL,
    region            VARCHAR(120),
    city              VARCHAR(200)  NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    summary           VARCHAR(4000) NOT NULL,
    applicant_name    VARCHAR(200)  NOT NULL,
    applicant_kind    VARCHAR(30)   NOT NULL,
    applicant_country VARCHAR(2)    NOT NULL,
    partner_name      VARCHAR(200),
    partner_kind      VARCHAR(30),
    partner_country   VARCHAR(2),
    requested_support BIGINT        NOT NULL,
    contact_name      VARCHAR(200)  NOT NULL,
    contact_email     VARCHAR(200)  NOT NULL,
    contact_phone     VARCHAR(50),
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    submitted_at      TIMESTAMPTZ,
    screened_at       TIMESTAMPTZ,
    screening_reason  VARCHAR(2000),
    withdrawn_at      TIMESTAMPTZ
);
CREATE INDEX application_of_organization ON application (organization_id, created_at);
CREATE INDEX application_of_call ON application (call_id, submitted_at);
-- One live (submitted, not withdrawn) application per organization, track and call: the last line of defence
-- behind the service's own check.
CREATE UNIQUE INDEX application_one_live ON application (call_id, track, organization_id)
    WHERE status IN ('SUBMITTED', 'SCREENED_IN', 'SCREENED_OUT');
