-- When selection-service published the call's result (from kcity.selection.published.v1): screening stops then.
ALTER TABLE program_call ADD COLUMN result_published_at TIMESTAMP WITH TIME ZONE;
