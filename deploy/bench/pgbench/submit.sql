\set n random(1, :drafts)
\set k random(1, 1000000000)
BEGIN;
SELECT pg_advisory_xact_lock(hashtext('org-pgbench-' || CAST(:n AS text) || ':' || 'submit-application'), hashtext('key-' || CAST(:k AS text)));
SELECT request_hash, response_status, response_body, response_location FROM idempotency_record WHERE scope = 'org-pgbench-' || CAST(:n AS text) || ':' || 'submit-application' AND idempotency_key = 'key-' || CAST(:k AS text);
SELECT id, applicant_country, applicant_kind, applicant_name, call_id, city, contact_email, contact_name, contact_phone, created_at, organization_id, partner_country, partner_kind, partner_name, region, requested_support, screened_at, screening_reason, site_country, status, submitted_at, summary, title, track, updated_at, version, withdrawn_at FROM application WHERE id = 'pgbench-draft-' || CAST(:n AS text) FOR NO KEY UPDATE;
SELECT id, version, status, year, title, tracks, criteria, opens_at, closes_at, envelope, passing_score, evaluations_per_application, one_per_country, region_groups, created_at, opened_at, closed_at, closed_by FROM program_call WHERE id = :call FOR SHARE;
SELECT pg_advisory_xact_lock(hashtext(CAST(:call AS text) || ':' || 'URBAN_DEVELOPMENT'), hashtext('org-pgbench-' || CAST(:n AS text)));
SELECT count(*) FROM application WHERE call_id = :call AND track = 'URBAN_DEVELOPMENT' AND organization_id = 'org-pgbench-' || CAST(:n AS text) AND status IN ('SUBMITTED', 'SCREENED_IN', 'SCREENED_OUT') AND id <> 'pgbench-draft-' || CAST(:n AS text);
UPDATE application SET applicant_country = 'VN', applicant_kind = 'LOCAL_GOVERNMENT', applicant_name = 'Da Nang People''s Committee', call_id = :call, city = 'Da Nang', contact_email = 'a@danang.gov.vn', contact_name = 'Nguyen Van A', contact_phone = NULL, created_at = created_at, organization_id = organization_id, partner_country = NULL, partner_kind = NULL, partner_name = NULL, region = 'ASEAN', requested_support = 500000000, screened_at = NULL, screening_reason = NULL, site_country = 'VN', status = 'SUBMITTED', submitted_at = now(), summary = summary, title = title, track = track, updated_at = now(), version = version + 1, withdrawn_at = NULL WHERE id = 'pgbench-draft-' || CAST(:n AS text);
INSERT INTO outbox_event (id, occurred_at, payload, published_at, subject, topic, type)
  VALUES (gen_random_uuid(), now(), '{"applicationId":"x","callId":"y","track":"URBAN_DEVELOPMENT","siteCountry":"VN","region":"ASEAN","city":"Da Nang","title":"Smart city master plan","summary":"A master plan for a smart new town.","applicant":{"organizationId":"org","name":"Da Nang People''s Committee","kind":"LOCAL_GOVERNMENT"},"partner": null,"requestedSupport":500000000,"submittedAt":"2026-11-26T12:00:00Z"}'::jsonb, now(), 'pgbench-draft-' || CAST(:n AS text), 'kcity.applications', 'kcity.application.submitted.v1');
INSERT INTO audit_entry (action, actor, details, occurred_at, target_id, target_type)
  VALUES ('application.submitted', 'applicant-' || CAST(:n AS text), NULL, now(), 'pgbench-draft-' || CAST(:n AS text), 'application');
INSERT INTO idempotency_record (scope, idempotency_key, request_hash, response_status, response_body, response_location, created_at)
  VALUES ('org-pgbench-' || CAST(:n AS text) || ':' || 'submit-application', 'key-' || CAST(:k AS text), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 200, repeat('x', 900), NULL, now());
COMMIT;
