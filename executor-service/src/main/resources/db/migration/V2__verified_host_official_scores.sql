-- A technical score records whether the host country's official gave it with a token proving that role and country
-- (issue 10, item 7): the award reads this column, never a token. Scores recorded before cannot be verified after the
-- fact, so they count as not verified: the official scores those bids again (a new score replaces the old one).
ALTER TABLE technical_score ADD COLUMN by_verified_host_official BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE technical_score ALTER COLUMN by_verified_host_official DROP DEFAULT;
