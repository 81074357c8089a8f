-- A revocation no longer cancels a committed budget at once: the budget keeps when and why its selection was revoked,
-- and the day its project commenced (from executor-service), which decides whether its money can be released.
ALTER TABLE budget ADD COLUMN commenced_on      DATE;
ALTER TABLE budget ADD COLUMN revoked_at        TIMESTAMPTZ;
ALTER TABLE budget ADD COLUMN revocation_reason VARCHAR(2000);

-- Every budget cancelled so far was cancelled by its revocation, at that moment.
UPDATE budget SET revoked_at = cancelled_at, revocation_reason = cancellation_reason WHERE state = 'CANCELLED';
