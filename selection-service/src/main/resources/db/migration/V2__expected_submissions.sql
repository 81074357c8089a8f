-- How many applications intake counted as ever submitted when the call closed (kcity.call.closed.v1). A result is
-- published only once as many submissions reached this service. NULL while the call is open, and for calls closed
-- before this column existed (their count was not kept, so nothing is compared).
ALTER TABLE selection_call ADD COLUMN expected_submissions BIGINT CHECK (expected_submissions >= 0);
