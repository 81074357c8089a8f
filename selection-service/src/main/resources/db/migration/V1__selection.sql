-- The calls this service learned from kcity.call.* events.
CREATE TABLE selection_call (
    id                          VARCHAR(120)  PRIMARY KEY,
    year                        INTEGER       NOT NULL,
    title                       VARCHAR(500)  NOT NULL,
    passing_score               NUMERIC       NOT NULL,
    evaluations_per_application INTEGER       NOT NULL,
    one_per_country             BOOLEAN       NOT NULL,
    opened_at                   TIMESTAMPTZ   NOT NULL,
    closed_at                   TIMESTAMPTZ,
    published_at                TIMESTAMPTZ,
    published_figures           JSONB,
    version                     BIGINT        NOT NULL
);

CREATE TABLE call_track (
    call_id       VARCHAR(120) NOT NULL REFERENCES selection_call (id),
    position      INTEGER      NOT NULL,
    track         VARCHAR(40)  NOT NULL,
    quota         INTEGER      NOT NULL,
    support_floor BIGINT       NOT NULL,
    support_cap   BIGINT       NOT NULL,
    PRIMARY KEY (call_id, position)
);

CREATE TABLE call_criterion (
    call_id  VARCHAR(120) NOT NULL REFERENCES selection_call (id),
    position INTEGER      NOT NULL,
    code     VARCHAR(60)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    weight   INTEGER      NOT NULL,
    PRIMARY KEY (call_id, position)
);

CREATE TABLE call_region (
    call_id  VARCHAR(120) NOT NULL REFERENCES selection_call (id),
    position INTEGER      NOT NULL,
    name     VARCHAR(120) NOT NULL,
    PRIMARY KEY (call_id, position)
);

-- Submitted applications, from kcity.application.* events. No reference to selection_call: an application's
-- event may arrive before its call's.
CREATE TABLE candidate (
    application_id            VARCHAR(120)  PRIMARY KEY,
    call_id                   VARCHAR(120)  NOT NULL,
    track                     VARCHAR(40)   NOT NULL,
    site_country              VARCHAR(2)    NOT NULL,
    region                    VARCHAR(120)  NOT NULL,
    city                      VARCHAR(200)  NOT NULL,
    title                     VARCHAR(500)  NOT NULL,
    applicant_organization_id VARCHAR(120)  NOT NULL,
    applicant_name            VARCHAR(300)  NOT NULL,
    applicant_kind            VARCHAR(40)   NOT NULL,
    partner_name              VARCHAR(300),
    partner_kind              VARCHAR(40),
    requested_support         BIGINT        NOT NULL,
    submitted_at              TIMESTAMPTZ   NOT NULL,
    status                    VARCHAR(20)   NOT NULL,
    status_reason             VARCHAR(2000),
    version                   BIGINT        NOT NULL
);
CREATE INDEX candidate_call ON candidate (call_id, track);

CREATE TABLE evaluator_declaration (
    evaluator_id VARCHAR(120) PRIMARY KEY,
    declared_at  TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL
);

CREATE TABLE evaluator_conflict_country (
    evaluator_id VARCHAR(120) NOT NULL REFERENCES evaluator_declaration (evaluator_id),
    country      VARCHAR(2)   NOT NULL,
    PRIMARY KEY (evaluator_id, country)
);

CREATE TABLE evaluator_conflict_organization (
    evaluator_id VARCHAR(120) NOT NULL REFERENCES evaluator_declaration (evaluator_id),
    organization VARCHAR(300) NOT NULL,
    PRIMARY KEY (evaluator_id, organization)
);

CREATE TABLE assignment (
    id             UUID         PRIMARY KEY,
    application_id VARCHAR(120) NOT NULL REFERENCES candidate (application_id),
    call_id        VARCHAR(120) NOT NULL,
    evaluator_id   VARCHAR(120) NOT NULL,
    assigned_by    VARCHAR(120) NOT NULL,
    assigned_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (application_id, evaluator_id)
);
CREATE INDEX assignment_evaluator ON assignment (evaluator_id, application_id);
CREATE INDEX assignment_call ON assignment (call_id);

CREATE TABLE score_sheet (
    id             UUID         PRIMARY KEY,
    application_id VARCHAR(120) NOT NULL,
    call_id        VARCHAR(120) NOT NULL,
    evaluator_id   VARCHAR(120) NOT NULL,
    weighted_sum   BIGINT       NOT NULL,
    filed_at       TIMESTAMPTZ  NOT NULL,
    corrected_at   TIMESTAMPTZ,
    version        BIGINT       NOT NULL,
    UNIQUE (application_id, evaluator_id),
    FOREIGN KEY (application_id, evaluator_id) REFERENCES assignment (application_id, evaluator_id)
);
CREATE INDEX score_sheet_call ON score_sheet (call_id);

CREATE TABLE score_sheet_score (
    sheet_id       UUID        NOT NULL REFERENCES score_sheet (id),
    criterion_code VARCHAR(60) NOT NULL,
    score          INTEGER     NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (sheet_id, criterion_code)
);

-- The frozen result of a published call: its selected projects and reserve lists.
CREATE TABLE result_entry (
    application_id      VARCHAR(120) PRIMARY KEY REFERENCES candidate (application_id),
    call_id             VARCHAR(120) NOT NULL REFERENCES selection_call (id),
    track               VARCHAR(40)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    rank_in_track       INTEGER      NOT NULL,
    reserve_position    INTEGER,
    score_weighted_sum  BIGINT       NOT NULL,
    score_sheets        INTEGER      NOT NULL,
    project_id          VARCHAR(120) UNIQUE,
    promoted            BOOLEAN      NOT NULL,
    replaces_project_id VARCHAR(120),
    selected_at         TIMESTAMPTZ,
    revoked_at          TIMESTAMPTZ,
    version             BIGINT       NOT NULL
);
CREATE INDEX result_entry_call ON result_entry (call_id, track);
