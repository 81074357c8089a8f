-- What an assigned evaluator reads of an application besides what V1 keeps (kcity.application.submitted.v1 carries
-- it). NULL for applications received before this column existed. The contact's personal data is never kept.
ALTER TABLE candidate ADD COLUMN summary TEXT;

-- A conflict of interest found after assignment suspends it: the evaluator no longer reads or scores the application
-- and its sheet, if filed, stops counting.
ALTER TABLE assignment ADD COLUMN suspended_at TIMESTAMPTZ;
ALTER TABLE assignment ADD COLUMN suspension_reason VARCHAR(2000);
ALTER TABLE assignment ADD CONSTRAINT assignment_suspension_has_reason
    CHECK ((suspended_at IS NULL) = (suspension_reason IS NULL));

-- The evaluator's own organization ('org' claim of its token), a conflict with that organization's applications.
-- An evaluator gets a row as soon as it is assigned or calls this service, declared or not: declared_at stays NULL
-- until it declares its conflicts.
ALTER TABLE evaluator_declaration ADD COLUMN organization_id VARCHAR(120);
ALTER TABLE evaluator_declaration ALTER COLUMN declared_at DROP NOT NULL;
