\set n random(1, 1000000000)
BEGIN;
SELECT pg_advisory_xact_lock(hashtext('org-' || CAST(:n AS text) || ':' || 'create-application'), hashtext('key-' || CAST(:n AS text) || '-' || CAST(:client_id AS text)));
SELECT request_hash, response_status, response_body, response_location FROM idempotency_record WHERE scope = 'org-' || CAST(:n AS text) || ':' || 'create-application' AND idempotency_key = 'key-' || CAST(:n AS text) || '-' || CAST(:client_id AS text);
SELECT id, version, status, year, title, tracks, criteria, opens_at, closes_at, envelope, passing_score, evaluations_per_application, one_per_country, region_groups, created_at, opened_at, closed_at, closed_by FROM program_call WHERE id = :call;
INSERT INTO application (applicant_country, applicant_kind, applicant_name, call_id, city, contact_email, contact_name, contact_phone, created_at, organization_id, partner_country, partner_kind, partner_name, region, requested_support, screened_at, screening_reason, site_country, status, submitted_at, summary, title, track, updated_at, version, withdrawn_at, id)
  VALUES ('VN', 'LOCAL_GOVERNMENT', 'Da Nang People''s Committee', :call, 'Da Nang', 'a@danang.gov.vn', 'Nguyen Van A', NULL, now(), 'org-' || CAST(:n AS text), NULL, NULL, NULL, NULL, 500000000, NULL, NULL, 'VN', 'DRAFT', NULL, 'A master plan for a smart new town.', 'Smart city master plan', 'URBAN_DEVELOPMENT', now(), 0, NULL, gen_random_uuid()::text);
INSERT INTO audit_entry (action, actor, details, occurred_at, target_id, target_type)
  VALUES ('application.created', 'applicant-' || CAST(:n AS text), '{"callId":"x","track":"URBAN_DEVELOPMENT","siteCountry":"VN","city":"Da Nang","title":"Smart city master plan","summary":"A master plan for a smart new town.","applicant":{"name":"Da Nang People''s Committee","kind":"LOCAL_GOVERNMENT","country":"VN"},"partner": null,"requestedSupport":500000000,"contact":{"name":"Nguyen Van A","email":"a@danang.gov.vn","phone": null}}'::jsonb, now(), 'app-' || CAST(:n AS text), 'application');
INSERT INTO idempotency_record (scope, idempotency_key, request_hash, response_status, response_body, response_location, created_at)
  VALUES ('org-' || CAST(:n AS text) || ':' || 'create-application', 'key-' || CAST(:n AS text) || '-' || CAST(:client_id AS text), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 201, repeat('x', 900), '/api/v1/applications/app-' || CAST(:n AS text), now())
  ON CONFLICT DO NOTHING;
COMMIT;
